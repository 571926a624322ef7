package vn.parindex.scoring.process;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.parindex.scoring.ScoreSheetRow;
import vn.parindex.workflow.process.AsSystem;

/**
 * Puts a score sheet filled elsewhere (an uploaded workbook) into the open self-scoring task's form, where the
 * officer reviews it and completes the task; storing stays with the task's complete listener.
 */
@Component
@RequiredArgsConstructor
public class SelfScoreTaskForm {

    private final TaskService tasks;
    private final AsSystem asSystem;

    /**
     * The caller has checked that the user is a candidate of the task; candidates hold TASK_WORK, which lets them
     * submit the form but not write its variables directly, so the form's field is written as the system.
     */
    public void fill(String taskId, List<ScoreSheetRow> rows) {
        asSystem.run(() -> tasks.setVariableLocal(taskId, ScoreSheetJson.SCORE_ITEMS, ScoreSheetJson.editable(rows)));
    }
}
