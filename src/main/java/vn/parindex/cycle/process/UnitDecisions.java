package vn.parindex.cycle.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.parindex.cycle.CyclePhase;
import vn.parindex.cycle.UnitProgressService;
import vn.parindex.cycle.UnitStatus;
import vn.parindex.review.ReviewService;
import vn.parindex.review.ReviewStep;
import vn.parindex.workflow.Decision;

/**
 * Makes the listeners of the decisions on one unit's work in a phase (the head's sign-off, SNV's review): recorded
 * at the unit's round, and moving the unit's status. Each feature declares its own as beans.
 */
@Component
@RequiredArgsConstructor
public class UnitDecisions {

    /** What the form shows of the unit's work being decided on. */
    public interface Subject {
        void show(DelegateTask task, long cycleId, String unitCode);
    }

    private final TaskFormContext context;
    private final ReviewService reviews;
    private final UnitProgressService progress;

    public TaskListener listener(CyclePhase phase, ReviewStep step, String approvedVariable,
                                 UnitStatus statusWhenApproved, Subject subject) {
        return new DecisionTaskListener(context, reviews, step, approvedVariable) {
            @Override
            protected void showSubject(DelegateTask task, long cycleId, String unitCode) {
                subject.show(task, cycleId, unitCode);
            }

            @Override
            protected int round(long cycleId, String unitCode) {
                return progress.get(cycleId, unitCode, phase).round();
            }

            @Override
            protected void decided(long cycleId, String unitCode, Decision decision) {
                progress.setStatus(cycleId, unitCode, phase,
                        decision == Decision.APPROVE ? statusWhenApproved : UnitStatus.RETURNED);
            }
        };
    }
}
