package vn.parindex.cycle.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.parindex.review.Decision;
import vn.parindex.review.ReviewService;
import vn.parindex.review.ReviewStep;

/**
 * A sign-off, review or approval task: shows its context when created; when completed, checks the decision on the
 * server, records it with who and when, and hands only the approved flag to the gateway after the task.
 */
public abstract class DecisionTaskListener implements TaskListener {

    private final TaskFormContext context;
    private final ReviewService reviews;

    protected DecisionTaskListener(TaskFormContext context, ReviewService reviews) {
        this.context = context;
        this.reviews = reviews;
    }

    protected abstract ReviewStep step();

    /** The flag the gateway after the task reads. */
    protected abstract String approvedVariable();

    /** The steps whose pending return the form shows, usually none for a decision task. */
    protected List<ReviewStep> returnSteps() {
        return List.of();
    }

    /** Task-local variables the form displays (what is being decided on). */
    protected abstract void showSubject(DelegateTask task, long cycleId, String unitCode);

    protected abstract int round(long cycleId, String unitCode);

    /** Follow-up in our tables, e.g. the unit's status. */
    protected void decided(long cycleId, String unitCode, Decision decision) {
    }

    @Override
    public void notify(DelegateTask task) {
        long cycleId = TaskFormContext.cycleId(task);
        String unitCode = TaskFormContext.unitCode(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            context.show(task, returnSteps());
            context.declareDecisionFields(task);
            showSubject(task, cycleId, unitCode);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            var form = TaskFormContext.takeSubmitted(task, TaskFormContext.DECISION, TaskFormContext.COMMENT);
            Object comment = form.get(TaskFormContext.COMMENT);
            Decision decision = ReviewService.parseDecision(form.get(TaskFormContext.DECISION), comment);
            reviews.record(cycleId, unitCode, step(), round(cycleId, unitCode), decision,
                    comment == null ? null : comment.toString(), ProcessActor.of(task), task.getId());
            decided(cycleId, unitCode, decision);
            task.getExecution().setVariableLocal(approvedVariable(), decision == Decision.APPROVE);
        }
    }
}
