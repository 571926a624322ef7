package vn.parindex.consolidation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import vn.parindex.cycle.process.DecisionTaskListener;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.review.ReviewService;
import vn.parindex.review.ReviewStep;

/** A decision on the province's draft report (the director's, the Chairman's), on its latest version. */
public abstract class ReportDecisionTaskListener extends DecisionTaskListener {

    private final ReportView view;

    protected ReportDecisionTaskListener(TaskFormContext context, ReviewService reviews, ReportView view,
                                         ReviewStep step, String approvedVariable) {
        super(context, reviews, step, approvedVariable);
        this.view = view;
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
