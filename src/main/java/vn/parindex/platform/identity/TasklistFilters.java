package vn.parindex.platform.identity;

import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.process.TaskForms;

/**
 * Tasklist shows no task without a filter, so every group gets the four shared filters. Created once by name (their
 * properties kept up to date); a filter's visibility is a READ authorization for each group.
 */
@Component
@RequiredArgsConstructor
class TasklistFilters {

    private final FilterService filterService;
    private final TaskService taskService;

    /** Creates or updates the filters; each group without an authorization on a filter gets READ in the grants. */
    void ensure(List<String> groups, GroupGrants grants) {
        // the unit's work first: Tasklist opens on the first filter, and an officer's new tasks wait there unclaimed
        String mine = ensure("Việc của tôi", -5, "Việc đã nhận, do tôi xử lý",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        String unit = ensure("Việc của đơn vị", -10, "Việc của các nhóm tôi thuộc, chưa ai nhận hoặc đã nhận",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
        String dueSoon = ensure("Sắp đến hạn", 0, "Việc của đơn vị đến hạn trong 5 ngày tới",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                        .dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(5)}"));
        String overdue = ensure("Quá hạn", 5, "Việc của đơn vị đã quá hạn",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                        .dueBeforeExpression("${now()}"));
        for (String filterId : List.of(mine, unit, dueSoon, overdue)) {
            for (String group : groups) {
                grants.grantIfNone(group, Resources.FILTER, filterId, Permissions.READ);
            }
        }
    }

    private String ensure(String name, int priority, String description, TaskQuery query) {
        // Shown under each task in the list: the task-local line TaskForms writes on every task ("Sở Tư pháp · năm
        // 2026"). Users may read it through the task, whereas process variables (year, unitCode) need rights on the
        // instance they lack, and unitCode lives on the unit's sub-process scope, which Tasklist does not look at.
        Map<String, Object> properties = Map.of("priority", priority, "description", description, "refresh", true,
                "variables", List.of(Map.of("name", TaskForms.SUBJECT, "label", "Công việc của")));
        Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            if (!properties.equals(existing.getProperties())) {
                filterService.saveFilter(existing.setProperties(properties));
            }
            return existing.getId();
        }
        Filter filter = filterService.newTaskFilter(name).setQuery(query).setProperties(properties);
        filterService.saveFilter(filter);
        return filter.getId();
    }
}
