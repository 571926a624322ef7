package vn.parindex.reporting;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.deadlines.NoticeContext;
import vn.parindex.deadlines.NoticeContextSource;

/** Tasks of a quarter's reports are watched under {@code quarterlyReport:<id>}: the quarter's year, province, policy. */
@Component
@RequiredArgsConstructor
public class QuarterlyNoticeContexts implements NoticeContextSource {

    public static final String KIND = "quarterlyReport";

    private final QuarterlyReportingService reports;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public NoticeContext get(long id) {
        QuarterlyReport report = reports.get(id);
        String label = "báo cáo CCHC quý " + report.quarter() + "/" + report.year();
        return new NoticeContext(null, report.year(), report.province(), report.noticePolicyCode(),
                "Báo cáo CCHC quý " + report.quarter() + "/" + report.year(), label);
    }
}
