package vn.parindex.appraisal.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.appraisal.AppraisalService;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.DecisionTaskListener;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.review.ReviewService;
import vn.parindex.review.ReviewStep;

/** The Chairman (or the delegated Vice-chairman) approves the explanation report, or returns it to Sở Nội vụ. */
@Component
public class ApproveExplanationTaskListener extends DecisionTaskListener {

    private final AppraisalForms forms;
    private final AppraisalService appraisals;

    ApproveExplanationTaskListener(TaskFormContext context, ReviewService reviews, AppraisalForms forms,
                                   AppraisalService appraisals) {
        super(context, reviews, ReviewStep.EXPLANATION_APPROVAL, CycleProcess.EXPLANATION_APPROVED);
        this.forms = forms;
        this.appraisals = appraisals;
    }

    @Override
    protected void showSubject(DelegateTask task, long cycleId, String unitCode) {
        forms.show(task, java.util.List.of());
        forms.showExplanations(task);
    }

    @Override
    protected int round(long cycleId, String unitCode) {
        return appraisals.get(cycleId).explanationRound();
    }
}
