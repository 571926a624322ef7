package vn.parindex.plan.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.cycle.CyclePhase;
import vn.parindex.cycle.UnitProgressService;
import vn.parindex.cycle.UnitStatus;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.cycle.process.UnitDecisionTaskListener;
import vn.parindex.plan.PlanService;
import vn.parindex.review.ReviewService;
import vn.parindex.review.ReviewStep;

/** Sở Nội vụ accepts the unit's plan, or returns it to the unit. */
@Component
public class ReviewPlanTaskListener extends UnitDecisionTaskListener {

    private final PlanService plans;

    ReviewPlanTaskListener(TaskFormContext context, ReviewService reviews, UnitProgressService progress,
                           PlanService plans) {
        super(context, reviews, progress, CyclePhase.PLAN, ReviewStep.PLAN_REVIEW, CycleProcess.PLAN_ACCEPTED,
                UnitStatus.ACCEPTED);
        this.plans = plans;
    }

    @Override
    protected void showSubject(DelegateTask task, long cycleId, String unitCode) {
        PreparePlanTaskListener.showPlan(task, plans, cycleId, unitCode);
    }
}
