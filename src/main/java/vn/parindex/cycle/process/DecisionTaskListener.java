package vn.parindex.cycle.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import vn.parindex.review.ReviewService;
import vn.parindex.review.ReviewStep;
import vn.parindex.workflow.Decision;
import vn.parindex.workflow.process.TaskForms;

/** A decision of the yearly cycle: recorded in the cycle's decision log at its step and round. */
public abstract class DecisionTaskListener implements vn.parindex.workflow.process.DecisionTaskListener {

    private final TaskFormContext context;
    private final ReviewService reviews;
    private final ReviewStep step;
    private final String approvedVariable;

    protected DecisionTaskListener(TaskFormContext context, ReviewService reviews, ReviewStep step,
                                   String approvedVariable) {
        this.approvedVariable = approvedVariable;
        this.context = context;
        this.reviews = reviews;
        this.step = step;
    }

    /** Task-local variables the form displays (what is being decided on). */
    protected abstract void showSubject(DelegateTask task, long cycleId, String unitCode);

    protected abstract int round(long cycleId, String unitCode);

    /** Follow-up in our tables, e.g. the unit's status. */
    protected void decided(long cycleId, String unitCode, Decision decision) {
    }

    @Override
    public String approvedVariable() {
        return approvedVariable;
    }

    @Override
    public void showSubject(DelegateTask task) {
        context.show(task, List.of());
        showSubject(task, TaskFormContext.cycleId(task), TaskForms.unitCode(task));
    }

    @Override
    public boolean decide(DelegateTask task, Object decision, Object comment, String actor) {
        long cycleId = TaskFormContext.cycleId(task);
        String unitCode = TaskForms.unitCode(task);
        Decision parsed = Decision.parse(decision, comment);
        reviews.record(cycleId, unitCode, step, round(cycleId, unitCode), parsed,
                comment == null ? null : comment.toString(), actor, task.getId());
        decided(cycleId, unitCode, parsed);
        return parsed == Decision.APPROVE;
    }
}
