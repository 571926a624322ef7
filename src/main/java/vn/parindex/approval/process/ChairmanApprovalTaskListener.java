package vn.parindex.approval.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.consolidation.process.ReportView;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.DecisionTaskListener;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.review.ReviewService;
import vn.parindex.review.ReviewStep;

/** The Chairman (or the delegated Vice-chairman) approves the provincial report, or returns it to Sở Nội vụ. */
@Component
public class ChairmanApprovalTaskListener extends DecisionTaskListener {

    private final ReportView view;

    ChairmanApprovalTaskListener(TaskFormContext context, ReviewService reviews, ReportView view) {
        super(context, reviews);
        this.view = view;
    }

    @Override
    protected ReviewStep step() {
        return ReviewStep.CHAIRMAN_APPROVAL;
    }

    @Override
    protected String approvedVariable() {
        return CycleProcess.REPORT_APPROVED;
    }

    @Override
    protected void showSubject(DelegateTask task, long cycleId, String unitCode) {
        view.showDraft(task, cycleId);
    }

    @Override
    protected int round(long cycleId, String unitCode) {
        return view.reportVersion(cycleId);
    }
}
