package vn.parindex.referencedata;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * What every form, page and document that shows scores says when the scores come from a sample criteria set (issue 14
 * item 2: the 876-2022 set holds 59 of the decision's 88 sub-criteria, no public copy of the annex was found): the
 * reader must not take the figures for the official ones.
 */
@Component
@RequiredArgsConstructor
public class CriteriaSetNotes {

    private final OfficialTables officialTables;

    /** "Bộ tiêu chí mẫu (876-2022), chưa phải bộ tiêu chí chính thức", or empty for an official set. */
    public Optional<String> sampleLabel(String criteriaSetCode) {
        return officialTables.criteriaSet(criteriaSetCode).filter(CriteriaTable::sample)
                .map(set -> "Bộ tiêu chí mẫu (" + set.code() + "), chưa phải bộ tiêu chí chính thức");
    }

    /** The label and the set's own note, for documents. */
    public Optional<String> sampleNote(String criteriaSetCode) {
        return officialTables.criteriaSet(criteriaSetCode).filter(CriteriaTable::sample)
                .map(set -> ("Bộ tiêu chí mẫu (" + set.code() + "), chưa phải bộ tiêu chí chính thức: điểm số trong văn bản "
                        + "này tính trên bộ tiêu chí mẫu. " + (set.sampleNote() == null ? "" : set.sampleNote())).strip());
    }
}
