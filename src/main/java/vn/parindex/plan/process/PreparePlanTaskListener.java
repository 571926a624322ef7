package vn.parindex.plan.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.cycle.CyclePhase;
import vn.parindex.cycle.UnitProgressService;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.plan.PlanService;
import vn.parindex.review.ReviewStep;
import vn.parindex.workflow.process.FormTaskListener;
import vn.parindex.workflow.process.TaskForms;

/** Officers prepare the unit's implementation plan; the form is prefilled with the last round after a return. */
@Component
public record PreparePlanTaskListener(TaskFormContext context, PlanService plans, UnitProgressService progress)
        implements FormTaskListener {

    private static final String[] FIELDS = {PlanService.PLAN_NUMBER, PlanService.ISSUED_ON, PlanService.SUMMARY,
            PlanService.DOCUMENT_REF};

    @Override
    public void show(DelegateTask task) {
        long cycleId = TaskFormContext.cycleId(task);
        String unitCode = TaskForms.unitCode(task);
        progress.begin(cycleId, unitCode, CyclePhase.PLAN);
        context.show(task, List.of(ReviewStep.PLAN_SUBMITTED, ReviewStep.PLAN_SIGN_OFF, ReviewStep.PLAN_REVIEW));
        var last = plans.latest(cycleId, unitCode);
        task.setVariableLocal(PlanService.PLAN_NUMBER, last.map(p -> p.planNumber()).orElse(""));
        task.setVariableLocal(PlanService.ISSUED_ON, last.map(p -> p.issuedOn().toString()).orElse(null));
        task.setVariableLocal(PlanService.SUMMARY, last.map(p -> p.summary()).orElse(""));
        task.setVariableLocal(PlanService.DOCUMENT_REF, last.map(p -> p.documentRef()).orElse(""));
    }

    @Override
    public void submit(DelegateTask task, String actor) {
        long cycleId = TaskFormContext.cycleId(task);
        String unitCode = TaskForms.unitCode(task);
        plans.submit(cycleId, unitCode, TaskForms.takeSubmitted(task, FIELDS), actor, task.getId());
    }

    /** The plan as the deciding forms show it. */
    static void showPlan(DelegateTask task, PlanService plans, long cycleId, String unitCode) {
        plans.latest(cycleId, unitCode).ifPresent(plan -> {
            task.setVariableLocal(PlanService.PLAN_NUMBER, plan.planNumber());
            task.setVariableLocal(PlanService.ISSUED_ON, VietnameseFormat.date(plan.issuedOn()));
            task.setVariableLocal(PlanService.SUMMARY, plan.summary());
            task.setVariableLocal(PlanService.DOCUMENT_REF, plan.documentRef() == null ? "" : plan.documentRef());
        });
    }
}
