package vn.parindex.reporting.process;

import java.time.OffsetDateTime;
import java.util.Date;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.reporting.QuarterlyReportingService;

/** Due dates of the quarter's tasks from our table: {@code ${quarterlyDeadlines.unitReportDue(quarterlyReportId)}}. */
@Component("quarterlyDeadlines")
@RequiredArgsConstructor
public class QuarterlyDeadlines {

    private final QuarterlyReportingService reports;

    public Date unitReportDue(Long reportId) {
        return date(reports.get(reportId).unitReportDue());
    }

    public Date reviewDue(Long reportId) {
        return date(reports.get(reportId).reviewDue());
    }

    public Date draftDue(Long reportId) {
        return date(reports.get(reportId).draftDue());
    }

    public Date approvalDue(Long reportId) {
        return date(reports.get(reportId).approvalDue());
    }

    public Date ministryDue(Long reportId) {
        return date(reports.get(reportId).ministryDue());
    }

    private static Date date(OffsetDateTime instant) {
        return Date.from(instant.toInstant());
    }
}
