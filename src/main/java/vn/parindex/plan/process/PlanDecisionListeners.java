package vn.parindex.plan.process;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.parindex.cycle.CyclePhase;
import vn.parindex.cycle.UnitStatus;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.cycle.process.UnitDecisions;
import vn.parindex.plan.PlanService;
import vn.parindex.review.ReviewStep;

/** The decisions on a unit's plan: the head signs it off, then Sở Nội vụ accepts it; either may return it. */
@Configuration(proxyBeanMethods = false)
class PlanDecisionListeners {

    @Bean
    TaskListener signOffPlanTaskListener(UnitDecisions decisions, PlanService plans) {
        return decisions.listener(CyclePhase.PLAN, ReviewStep.PLAN_SIGN_OFF, CycleProcess.PLAN_SIGNED_OFF,
                UnitStatus.SIGNED_OFF, (task, cycleId, unitCode) -> PreparePlanTaskListener.showPlan(task, plans, cycleId, unitCode));
    }

    @Bean
    TaskListener reviewPlanTaskListener(UnitDecisions decisions, PlanService plans, TaskFormContext context) {
        return decisions.listener(CyclePhase.PLAN, ReviewStep.PLAN_REVIEW, CycleProcess.PLAN_ACCEPTED,
                UnitStatus.ACCEPTED, (task, cycleId, unitCode) -> {
                    PreparePlanTaskListener.showPlan(task, plans, cycleId, unitCode);
                    context.showHeadComment(task, cycleId, unitCode, ReviewStep.PLAN_SIGN_OFF);
                });
    }
}
