package vn.parindex.approval.process;

import org.springframework.stereotype.Component;
import vn.parindex.consolidation.process.ReportDecisionTaskListener;
import vn.parindex.consolidation.process.ReportView;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.review.ReviewService;
import vn.parindex.review.ReviewStep;

/** The Chairman (or the delegated Vice-chairman) approves the provincial report, or returns it to Sở Nội vụ. */
@Component
public class ChairmanApprovalTaskListener extends ReportDecisionTaskListener {

    ChairmanApprovalTaskListener(TaskFormContext context, ReviewService reviews, ReportView view) {
        super(context, reviews, view, ReviewStep.CHAIRMAN_APPROVAL, CycleProcess.REPORT_APPROVED);
    }
}
