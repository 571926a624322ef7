package vn.parindex.consolidation.process;

import org.springframework.stereotype.Component;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.review.ReviewService;
import vn.parindex.review.ReviewStep;

/** The director of Sở Nội vụ approves the draft report for the Chairman, or returns it. */
@Component
public class ApproveDraftReportTaskListener extends ReportDecisionTaskListener {

    ApproveDraftReportTaskListener(TaskFormContext context, ReviewService reviews, ReportView view) {
        super(context, reviews, view, ReviewStep.DRAFT_APPROVAL, CycleProcess.DRAFT_APPROVED);
    }
}
