package vn.parindex.reporting;

import java.util.List;
import java.util.Optional;

/** A year's quarterly reporting schedule ({@code data/reporting/<year>.yaml}). */
public record ReportingYear(int year, String province, String noticePolicy, List<QuarterDates> quarters) {

    public Optional<QuarterDates> quarter(int quarter) {
        return quarters.stream().filter(q -> q.quarter() == quarter).findFirst();
    }
}
