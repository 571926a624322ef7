package vn.parindex.reporting.process;

import org.springframework.stereotype.Component;
import vn.parindex.reporting.QuarterlyReportingService;
import vn.parindex.reporting.QuarterlyStep;

/** Sở Nội vụ accepts the department's quarterly report, or returns it. */
@Component
public class ReviewUnitReportTaskListener extends UnitReportDecisionTaskListener {

    ReviewUnitReportTaskListener(QuarterlyTaskForm form, QuarterlyReportingService reports) {
        super(form, reports, QuarterlyStep.UNIT_REVIEW, QuarterlyReportingProcess.ACCEPTED);
    }
}
