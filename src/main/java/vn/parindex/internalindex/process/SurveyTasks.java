package vn.parindex.internalindex.process;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import vn.parindex.internalindex.InternalIndexService;
import vn.parindex.workflow.process.AsSystem;

/**
 * The open task of a period that takes the survey: {@code userTask_importSurvey} or, after the Chairman's return,
 * {@code userTask_reviseResults}. Looked up through the engine as the requesting user, so its authorization decides
 * who sees it; the uploaded survey's summary is then written to the task as the system (candidates hold TASK_WORK).
 */
@Component
@RequiredArgsConstructor
public class SurveyTasks {

    /** An open survey task and who may work on it. */
    public record SurveyTask(String taskId, long periodId, String name, Set<String> candidateGroups) {
    }

    private final TaskService tasks;
    private final InternalIndexService index;
    private final AsSystem asSystem;

    public Optional<SurveyTask> find(int year) {
        return index.findOpen(year).flatMap(period -> tasks.createTaskQuery()
                .processInstanceId(period.processInstanceId())
                .taskDefinitionKeyIn(InternalIndexProcess.IMPORT_SURVEY, InternalIndexProcess.REVISE).list().stream()
                .findFirst().map(task -> new SurveyTask(task.getId(), period.id(), task.getName(),
                        tasks.getIdentityLinksForTask(task.getId()).stream()
                                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                                .map(IdentityLink::getGroupId).collect(Collectors.toSet()))));
    }

    /** Shows the stored survey's summary on the task's form. */
    public void showStored(String taskId, long periodId) {
        asSystem.run(() -> tasks.setVariableLocal(taskId, InternalIndexProcess.SURVEY_STATUS,
                index.surveySummary(periodId).orElse("")));
    }
}
