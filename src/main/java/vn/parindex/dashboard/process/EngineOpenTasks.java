package vn.parindex.dashboard.process;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.parindex.dashboard.OpenTasks;
import vn.parindex.workflow.PeopleDirectory;
import vn.parindex.workflow.process.AsSystem;

/**
 * Open tasks of a unit in the cycle's process instance. The dashboard lets only province roles ask, and they hold no
 * task permissions on the units' tasks: with the engine's authorization checks on, a query as the viewer found
 * nothing ("Không có công việc đang mở." for every unit), so the query runs as the system.
 * <p>
 * A unit's tasks sit under the multi-instance element whose {@code unitCode} element variable names the unit. Three
 * reads whatever the number of tasks: the open tasks, the {@code unitCode} variables with that value, and the activity
 * instance tree that says which executions lie under those scopes (not one variable read per task).
 */
@Component
@RequiredArgsConstructor
class EngineOpenTasks implements OpenTasks {

    private static final String UNIT_CODE = "unitCode";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final PeopleDirectory people;
    private final AsSystem asSystem;
    private final ZoneId zone;

    @Override
    public List<OpenTask> of(String processInstanceId, String unitCode) {
        return asSystem.call(() -> {
            Set<String> unitScopes = runtime.createVariableInstanceQuery().processInstanceIdIn(processInstanceId)
                    .variableValueEquals(UNIT_CODE, unitCode).list().stream()
                    .map(VariableInstance::getActivityInstanceId).collect(Collectors.toSet());
            if (unitScopes.isEmpty()) {
                return List.of();
            }
            ActivityInstance tree = runtime.getActivityInstance(processInstanceId);
            Set<String> executions = new HashSet<>();
            if (tree != null) {
                collectExecutions(tree, unitScopes, false, executions);
            }
            return tasks.createTaskQuery().processInstanceId(processInstanceId).orderByTaskCreateTime().asc().list()
                    .stream().filter(task -> executions.contains(task.getExecutionId())).map(this::openTask).toList();
        });
    }

    private static void collectExecutions(ActivityInstance instance, Set<String> unitScopes, boolean insideUnit,
                                          Set<String> executions) {
        boolean inside = insideUnit || unitScopes.contains(instance.getId());
        if (inside) {
            executions.addAll(List.of(instance.getExecutionIds()));
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            collectExecutions(child, unitScopes, inside, executions);
        }
    }

    private OpenTask openTask(Task task) {
        String groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).map(people::groupName).collect(Collectors.joining(", "));
        return new OpenTask(task.getId(), task.getName(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant().atZone(zone).toOffsetDateTime(), groups,
                people.userName(task.getAssignee()), 0);
    }
}
