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

    /**
     * {@code year-<year>.yaml}: who is assessed, the calendar, the classification and the unit groups. Each unit type
     * is a group ranked and classified on its own (seeds 001, 002: departments; districts before 2025; communes);
     * {@code groups} names them and may give a group its own thresholds, else the year's {@code classification} holds.
     */
    record YearFile(Integer year, List<OrgUnitType> unitTypes, Calendar calendar, List<ClassEntry> classification,
                    List<GroupEntry> groups, SurveyWeights surveyWeights) {

        YearFile(Integer year, List<OrgUnitType> unitTypes, Calendar calendar, List<ClassEntry> classification) {
            this(year, unitTypes, calendar, classification, null, null);
        }

        YearFile(Integer year, List<OrgUnitType> unitTypes, Calendar calendar, List<ClassEntry> classification,
                 List<GroupEntry> groups) {
            this(year, unitTypes, calendar, classification, groups, null);
        }

        /** Every assessed unit type's group, in the order of unitTypes, with its name and thresholds. */
        List<GroupEntry> effectiveGroups() {
            return unitTypes.stream().map(type -> (groups == null ? List.<GroupEntry>of() : groups).stream()
                    .filter(group -> group.unitType() == type).findFirst()
                    .map(group -> new GroupEntry(type, group.name() == null ? UnitGroups.defaultName(type) : group.name(),
                            group.classification() == null ? classification : group.classification()))
                    .orElseGet(() -> new GroupEntry(type, UnitGroups.defaultName(type), classification))).toList();
        }
    }

    /** A unit group: its unit type, its name in the published tables, its classification thresholds. */
    record GroupEntry(OrgUnitType unitType, String name, List<ClassEntry> classification) {
    }

    record Calendar(LocalDate selfScoreDue, LocalDate appraisalDue, LocalDate explanationDue,
                    LocalDate finalAppraisalDue, LocalDate surveyDue, LocalDate approvalDue) {
    }

    record ClassEntry(String code, String name, BigDecimal minIndex) {
    }

    /**
     * The survey's answer weights of the year: percent of a question's points per answer option, the best 100;
     * {@code assumption} true when they are the province's assumption (then {@code source} says why), else
     * {@code source} names the document that gives them.
     */
    record SurveyWeights(Boolean assumption, String source, List<WeightEntry> options) {
    }

    record WeightEntry(String code, BigDecimal weight) {
    }

    record Loaded<T>(String fileName, String hash, T content) {
    }
}
