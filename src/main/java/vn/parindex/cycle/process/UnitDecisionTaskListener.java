package vn.parindex.cycle.process;

import vn.parindex.cycle.CyclePhase;
import vn.parindex.cycle.UnitProgressService;
import vn.parindex.cycle.UnitStatus;
import vn.parindex.review.ReviewService;
import vn.parindex.review.ReviewStep;
import vn.parindex.workflow.Decision;

/** A decision on one unit's work in a phase: the decision also moves the unit's status. */
public abstract class UnitDecisionTaskListener extends DecisionTaskListener {

    private final UnitProgressService progress;
    private final CyclePhase phase;
    private final UnitStatus statusWhenApproved;

    protected UnitDecisionTaskListener(TaskFormContext context, ReviewService reviews, UnitProgressService progress,
                                       CyclePhase phase, ReviewStep step, String approvedVariable,
                                       UnitStatus statusWhenApproved) {
        super(context, reviews, step, approvedVariable);
        this.progress = progress;
        this.phase = phase;
        this.statusWhenApproved = statusWhenApproved;
    }

    @Override
    protected int round(long cycleId, String unitCode) {
        return progress.get(cycleId, unitCode, phase).round();
    }

    @Override
    protected void decided(long cycleId, String unitCode, Decision decision) {
        progress.setStatus(cycleId, unitCode, phase, decision == Decision.APPROVE ? statusWhenApproved : UnitStatus.RETURNED);
    }
}
