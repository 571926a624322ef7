package vn.parindex.scoring.process;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.parindex.scoring.ScoreSheetRow;

/**
 * Puts a score sheet filled elsewhere (an uploaded workbook) into the open self-scoring task's form, where the
 * officer reviews it and completes the task; storing stays with the task's complete listener.
 */
@Component
public class SelfScoreTaskForm {

    private final TaskService tasks;

    SelfScoreTaskForm(TaskService tasks) {
        this.tasks = tasks;
    }

    /** Runs as the current user: the engine refuses it to anyone who may not work on the task. */
    public void fill(String taskId, List<ScoreSheetRow> rows) {
        tasks.setVariableLocal(taskId, ScoreSheetJson.SCORE_ITEMS, ScoreSheetJson.editable(rows));
    }
}
