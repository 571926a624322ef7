package vn.parindex.dashboard.process;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.parindex.dashboard.OpenTasks;

/**
 * Open tasks of a unit in the cycle's process instance. Run for province roles only (the dashboard checks), so
 * the query is not limited by the viewer's own task permissions.
 */
@Component
@RequiredArgsConstructor
class EngineOpenTasks implements OpenTasks {

    private static final String UNIT_CODE = "unitCode";

    private final TaskService tasks;
    private final ZoneId zone;

    @Override
    public List<OpenTask> of(String processInstanceId, String unitCode) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).orderByTaskCreateTime().asc().list().stream()
                .filter(task -> unitCode.equals(tasks.getVariable(task.getId(), UNIT_CODE)))
                .map(this::openTask).toList();
    }

    private OpenTask openTask(Task task) {
        String groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).collect(Collectors.joining(", "));
        return new OpenTask(task.getId(), task.getName(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant().atZone(zone).toOffsetDateTime(), groups);
    }
}
