package vn.parindex.consolidation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.DecisionTaskListener;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.review.ReviewService;
import vn.parindex.review.ReviewStep;

/** The director of Sở Nội vụ approves the draft report for the Chairman, or returns it. */
@Component
public class ApproveDraftReportTaskListener extends DecisionTaskListener {

    private final ReportView view;

    ApproveDraftReportTaskListener(TaskFormContext context, ReviewService reviews, ReportView view) {
        super(context, reviews);
        this.view = view;
    }

    @Override
    protected ReviewStep step() {
        return ReviewStep.DRAFT_APPROVAL;
    }

    @Override
    protected String approvedVariable() {
        return CycleProcess.DRAFT_APPROVED;
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
