package vn.parindex.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.parindex.orgdirectory.OrgUnitType;

/**
 * A year's dataset: province, criteria set, who plans, and the official calendar dates; the dates after the submission
 * (the Ministry's appraisal, the explanation, the published results) are null when the year's data does not give them.
 */
public record AssessmentYear(int year, String province, String criteriaSetCode, String planParticipantTypes,
                             LocalDate planDue, LocalDate selfAssessmentOpens, LocalDate unitScoreDue,
                             LocalDate reportToChairmanDue, LocalDate chairmanApprovalDue, LocalDate ministryDeadline,
                             LocalDate appraisalDue, LocalDate explanationDue, LocalDate resultsDue) {

    public List<OrgUnitType> planParticipants() {
        return Arrays.stream(planParticipantTypes.split(",")).map(OrgUnitType::valueOf).toList();
    }
}
