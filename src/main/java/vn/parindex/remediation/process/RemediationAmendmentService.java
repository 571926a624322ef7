package vn.parindex.remediation.process;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.common.ValidationException;
import vn.parindex.deadlines.process.OpenTaskDeadlines;
import vn.parindex.remediation.DraftInput;
import vn.parindex.remediation.RemediationAmendments;
import vn.parindex.remediation.RemediationPlan;
import vn.parindex.remediation.RemediationPlanService;
import vn.parindex.remediation.RemediationTask;
import vn.parindex.workflow.process.AsSystem;

/**
 * Amends a plan in progress in one transaction: our tables and log, and the running process. An added task gets its
 * own instance of the per-task subprocess (a new inner instance of its parallel multi-instance body, as if it had been
 * in the plan from the start: its report task, due date, reminders); a cancelled task's instance is cancelled, which
 * deletes its open report task and ends its deadline watch.
 */
@Service
@RequiredArgsConstructor
public class RemediationAmendmentService {

    private static final String TASKS_BODY = RemediationProcess.TASKS + "#multiInstanceBody";

    private final RemediationAmendments amendments;
    private final RemediationPlanService plans;
    private final OpenTaskDeadlines openTasks;
    private final RuntimeService runtime;
    private final AsSystem asSystem;

    @Transactional
    public RemediationTask addTask(int year, DraftInput.TaskInput row, String reason) {
        String user = openTasks.requireCoordinator("Chỉ cán bộ điều phối của Sở Nội vụ được bổ sung nhiệm vụ khắc phục.");
        RemediationTask task = amendments.addTask(year, row, reason, user);
        String processInstanceId = plans.get(task.planId()).processInstanceId();
        asSystem.run(() -> {
            ActivityInstance body = tasksBody(processInstanceId);
            runtime.createProcessInstanceModification(processInstanceId)
                    .startBeforeActivity(RemediationProcess.TASKS, body.getId())
                    .setVariableLocal(RemediationProcess.REMEDIATION_TASK_ID, task.id())
                    .execute();
        });
        return task;
    }

    @Transactional
    public RemediationTask cancelTask(int year, int position, String reason) {
        String user = openTasks.requireCoordinator("Chỉ cán bộ điều phối của Sở Nội vụ được hủy nhiệm vụ khắc phục.");
        RemediationTask task = amendments.cancelTask(year, position, reason, user);
        RemediationPlan plan = plans.get(task.planId());
        asSystem.run(() -> {
            ActivityInstance instance = taskInstance(plan.processInstanceId(), task.id()).orElseThrow(() ->
                    new IllegalStateException("remediation task " + task.id() + " has no running instance in "
                            + plan.processInstanceId()));
            runtime.createProcessInstanceModification(plan.processInstanceId())
                    .cancelActivityInstance(instance.getId())
                    .execute();
        });
        return task;
    }

    private ActivityInstance tasksBody(String processInstanceId) {
        ActivityInstance tree = runtime.getActivityInstance(processInstanceId);
        for (ActivityInstance child : tree == null ? new ActivityInstance[0] : tree.getChildActivityInstances()) {
            if (TASKS_BODY.equals(child.getActivityId())) {
                return child;
            }
        }
        // the plan is in progress in our tables, so its tasks run: anything else is an inconsistency, not bad input
        throw new ValidationException("Kế hoạch khắc phục không còn nhiệm vụ nào đang thực hiện trong quy trình; không bổ sung"
                + " được. Vui lòng báo quản trị hệ thống.");
    }

    private Optional<ActivityInstance> taskInstance(String processInstanceId, long taskId) {
        for (ActivityInstance instance : tasksBody(processInstanceId).getChildActivityInstances()) {
            Object id = runtime.getVariable(instance.getExecutionIds()[0], RemediationProcess.REMEDIATION_TASK_ID);
            if (id instanceof Number number && number.longValue() == taskId) {
                return Optional.of(instance);
            }
        }
        return Optional.empty();
    }
}
