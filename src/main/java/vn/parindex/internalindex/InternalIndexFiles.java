package vn.parindex.internalindex;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.parindex.orgdirectory.OrgUnitType;

/** The files of {@code data/internal-index/}, as read from YAML. */
final class InternalIndexFiles {

    private InternalIndexFiles() {
    }

    /** {@code criteria-<type>-<year>.yaml}: a unit type's criteria and survey questions for a year. */
    record CriteriaFile(String code, Integer year, OrgUnitType unitType, String name, BigDecimal maxPoints,
                        BigDecimal surveyPoints, List<CriterionEntry> criteria, List<QuestionEntry> survey) {
    }

    record CriterionEntry(String code, String name, BigDecimal maxPoints, String guidance) {
    }

    record QuestionEntry(String code, String text, BigDecimal maxPoints) {
    }

    /** {@code year-<year>.yaml}: who is assessed, the calendar and the classification. */
    record YearFile(Integer year, List<OrgUnitType> unitTypes, Calendar calendar, List<ClassEntry> classification) {
    }

    record Calendar(LocalDate selfScoreDue, LocalDate appraisalDue, LocalDate explanationDue,
                    LocalDate finalAppraisalDue, LocalDate surveyDue, LocalDate approvalDue) {
    }

    record ClassEntry(String code, String name, BigDecimal minIndex) {
    }

    record Loaded<T>(String fileName, String hash, T content) {
    }
}
