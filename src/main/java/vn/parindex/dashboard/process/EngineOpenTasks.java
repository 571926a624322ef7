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
import vn.parindex.workflow.PeopleDirectory;
import vn.parindex.workflow.process.AsSystem;

/**
 * Open tasks of a unit in the cycle's process instance. The dashboard lets only province roles ask, and they hold no
 * task permissions on the units' tasks: with the engine's authorization checks on, a query as the viewer found
 * nothing ("Không có công việc đang mở." for every unit), so the query runs as the system.
 * <p>
 * A unit's tasks sit under the multi-instance element whose {@code unitCode} element variable names the unit: the
 * tasks whose execution is that variable's execution or one below it. One query finds them (a recursive walk down
 * the execution tree from the variable), then one identity-link read per task found. The earlier version built the
 * whole instance's activity-instance tree (every execution, incident and the process definition) for each drill-down,
 * which grew with the number of units.
 */
@Component
@RequiredArgsConstructor
class EngineOpenTasks implements OpenTasks {

    /** Portable (PostgreSQL and H2): the unit's executions, then their tasks, oldest first. */
    private static final String UNIT_TASKS = """
            with recursive unit_execution (id) as (
              select v.EXECUTION_ID_ from ACT_RU_VARIABLE v
              where v.PROC_INST_ID_ = #{processInstanceId} and v.NAME_ = 'unitCode' and v.TEXT_ = #{unitCode}
                and v.EXECUTION_ID_ is not null
              union all
              select e.ID_ from ACT_RU_EXECUTION e join unit_execution u on e.PARENT_ID_ = u.id
            )
            select t.* from ACT_RU_TASK t
            where t.PROC_INST_ID_ = #{processInstanceId} and t.EXECUTION_ID_ in (select id from unit_execution)
            order by t.CREATE_TIME_ asc, t.ID_ asc""";

    private final TaskService tasks;
    private final PeopleDirectory people;
    private final AsSystem asSystem;
    private final ZoneId zone;

    @Override
    public List<OpenTask> of(String processInstanceId, String unitCode) {
        return asSystem.call(() -> tasks.createNativeTaskQuery().sql(UNIT_TASKS)
                .parameter("processInstanceId", processInstanceId).parameter("unitCode", unitCode).list()
                .stream().map(this::openTask).toList());
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
