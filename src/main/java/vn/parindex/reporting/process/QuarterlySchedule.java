package vn.parindex.reporting.process;

import java.util.Date;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.common.ParProperties;
import vn.parindex.reporting.QuarterDates;
import vn.parindex.reporting.QuarterlyReport;
import vn.parindex.reporting.ReportingSchedule;

/**
 * The year's quarters and their request dates from {@code data/reporting/<year>.yaml}:
 * {@code ${quarterlySchedule.quarters(year)}}, {@code ${quarterlySchedule.requestAt(year, quarter)}}.
 */
@Component("quarterlySchedule")
@RequiredArgsConstructor
public class QuarterlySchedule {

    /** Requests go out at the start of the working day. */
    static final java.time.LocalTime REQUEST_TIME = java.time.LocalTime.of(8, 0);

    private final ReportingSchedule schedule;
    private final ParProperties properties;

    public List<Integer> quarters(Object year) {
        return schedule.get(((Number) year).intValue()).quarters().stream().map(QuarterDates::quarter).sorted().toList();
    }

    public Date requestAt(Object year, Object quarter) {
        QuarterDates dates = schedule.quarter(((Number) year).intValue(), ((Number) quarter).intValue());
        return Date.from(dates.requestOn().atTime(REQUEST_TIME).atZone(properties.timeZone()).toInstant());
    }

    public String businessKey(Object year, Object quarter) {
        return QuarterlyReport.businessKey(((Number) year).intValue(), ((Number) quarter).intValue());
    }
}
