package vn.parindex.remediation.process;

import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.parindex.remediation.RemediationDrafting;
import vn.parindex.common.ValidationException;
import vn.parindex.remediation.DraftInput;
import vn.parindex.remediation.RemediationPlan;
import vn.parindex.remediation.RemediationPlanService;
import vn.parindex.workflow.process.AsSystem;

/** Starts remediation plans and lets our page and API save and submit the draft, as the logged-in user. */
@Service
@RequiredArgsConstructor
public class RemediationProcessService {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final RemediationPlanService plans;
    private final RemediationDrafting drafting;
    private final RemediationFormContext context;
    private final AsSystem asSystem;

    /** Same variable the start form submits. */
    public ProcessInstance start(int year) {
        return runtime.startProcessInstanceByKey(RemediationProcess.PROCESS_KEY, Map.of(RemediationProcess.YEAR, year));
    }

    /** {@link #start} for callers outside the process layer: the new instance's id. */
    public String open(int year) {
        return start(year).getId();
    }

    public RemediationPlan livePlan(int year) {
        return plans.live(year).orElseThrow(() -> new ValidationException(
                "Chưa có kế hoạch khắc phục kết quả năm " + year + " đang được lập."));
    }

    /**
     * Saves the draft and shows it on the open drafting task, so Tasklist shows what will be submitted. The task is
     * looked up as the user (only its candidates see it); the display fields are written as the system, because
     * candidates may work on a task (TASK_WORK) but not write variables outside its form.
     */
    public RemediationPlan saveDraft(int year, DraftInput input, String user) {
        RemediationPlan plan = drafting.saveDraft(livePlan(year).id(), input, user);
        draftTask(plan).ifPresent(task -> asSystem.run(
                () -> tasks.setVariablesLocal(task.getId(), context.planVariables(plan.id()))));
        return plan;
    }

    /** Completes the drafting task: the saved draft goes to the Chairman (checked by the task's listener). */
    public RemediationPlan submitDraft(int year) {
        RemediationPlan plan = livePlan(year);
        Task task = draftTask(plan).orElseThrow(() -> new ValidationException(
                "Không có việc trình dự thảo đang mở: kế hoạch đang ở trạng thái \"" + plan.status().label() + "\"."));
        tasks.complete(task.getId());
        return plans.get(plan.id());
    }

    private java.util.Optional<Task> draftTask(RemediationPlan plan) {
        return tasks.createTaskQuery().processInstanceId(plan.processInstanceId())
                .taskDefinitionKey(RemediationProcess.DRAFT).list().stream().findFirst();
    }
}
