package vn.parindex.scoring.process;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.parindex.cycle.process.CycleProcess;

/** A cycle task as the current user may see it (the engine checks the authorizations), with its cycle and unit. */
@Component
@RequiredArgsConstructor
public class CycleTasks {

    /** A task of a unit in a cycle; {@code selfScore} when it is the unit's self-scoring task. */
    public record CycleTask(String taskId, long cycleId, String unitCode, boolean selfScore) {
    }

    private final TaskService tasks;

    /** Empty when the task does not exist, the user may not see it, or it belongs to no unit of a cycle. */
    public Optional<CycleTask> find(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return Optional.empty();
        }
        Object cycleId = tasks.getVariable(taskId, CycleProcess.CYCLE_ID);
        Object unitCode = tasks.getVariable(taskId, CycleProcess.UNIT_CODE);
        if (cycleId == null || unitCode == null) {
            return Optional.empty();
        }
        return Optional.of(new CycleTask(taskId, ((Number) cycleId).longValue(), unitCode.toString(),
                CycleProcess.SELF_SCORE.equals(task.getTaskDefinitionKey())));
    }
}
