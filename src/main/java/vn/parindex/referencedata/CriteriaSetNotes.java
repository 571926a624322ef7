package vn.parindex.referencedata;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.parindex.common.ReferenceCache;

/**
 * What every form, page and document that shows scores says when the scores come from a sample criteria set (issue 14
 * item 2: the 876-2022 set holds 59 of the decision's 88 sub-criteria, no public copy of the annex was found): the
 * reader must not take the figures for the official ones.
 */
@Component
@RequiredArgsConstructor
public class CriteriaSetNotes {

    private final JdbcClient jdbc;
    private final ReferenceCache cache;

    /** "Bộ tiêu chí mẫu (876-2022), chưa phải bộ tiêu chí chính thức", or empty for an official set. */
    public Optional<String> sampleLabel(String criteriaSetCode) {
        return sample(criteriaSetCode).map(set -> label(set.code()));
    }

    /** The label and the set's own note, for documents. */
    public Optional<String> sampleNote(String criteriaSetCode) {
        return sample(criteriaSetCode).map(set -> (label(set.code()) + ": điểm số trong văn bản này tính trên bộ tiêu chí mẫu. "
                + (set.note() == null ? "" : set.note())).strip());
    }

    private record Sample(String code, String note) {
    }

    /**
     * Only the set's sample columns, asked for by every cycle task given: kept in the {@link ReferenceCache} (a set
     * changes only when its data file or workbook is loaded, which forgets it).
     */
    private Optional<Sample> sample(String criteriaSetCode) {
        return cache.get("criteriaSetSample", criteriaSetCode, () -> jdbc.sql(
                        "select code, sample_note from criteria_set where code = ? and sample").param(criteriaSetCode)
                .query((rs, n) -> new Sample(rs.getString("code"), rs.getString("sample_note"))).optional());
    }

    private static String label(String code) {
        return "Bộ tiêu chí mẫu (" + code + "), chưa phải bộ tiêu chí chính thức";
    }
}
