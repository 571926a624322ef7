package vn.parindex.remediation;

import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of remediation plans ({@code par.remediation.*}); the due dates of the plan's tasks come from here and from
 * the working-day calendar, never from the model.
 *
 * @param draftWorkingDays      working days SNV has to draft (or redraft after a return) the plan
 * @param approvalWorkingDays   working days the Chairman has to decide on a submitted draft
 * @param reviewWorkingDays     working days SNV has to review a unit's report
 * @param reportLeadWorkingDays working days before a quarterly report's due date that its task opens; a quarter
 *                              closer than this to the plan's approval is skipped
 * @param periodOpensAt         time of day a quarterly report task opens
 * @param quarterReportDates    day and month ("dd/MM") each quarter's report of a "Thường xuyên" task is due; moved
 *                              to the next working day when it is not one
 */
@ConfigurationProperties("par.remediation")
public record RemediationProperties(
        @DefaultValue("10") int draftWorkingDays,
        @DefaultValue("5") int approvalWorkingDays,
        @DefaultValue("5") int reviewWorkingDays,
        @DefaultValue("10") int reportLeadWorkingDays,
        @DefaultValue("08:00") LocalTime periodOpensAt,
        @DefaultValue({"10/03", "10/06", "10/09", "10/12"}) List<String> quarterReportDates) {
}
