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

/** The head of the unit signs the plan off, or returns it to the officers. */
@Component
public class SignOffPlanTaskListener extends UnitDecisionTaskListener {

    private final PlanService plans;

    SignOffPlanTaskListener(TaskFormContext context, ReviewService reviews, UnitProgressService progress,
                            PlanService plans) {
        super(context, reviews, progress, CyclePhase.PLAN, ReviewStep.PLAN_SIGN_OFF, CycleProcess.PLAN_SIGNED_OFF,
                UnitStatus.SIGNED_OFF);
        this.plans = plans;
    }

    @Override
    protected void showSubject(DelegateTask task, long cycleId, String unitCode) {
        PreparePlanTaskListener.showPlan(task, plans, cycleId, unitCode);
    }
}
