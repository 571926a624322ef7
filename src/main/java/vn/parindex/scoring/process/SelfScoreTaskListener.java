package vn.parindex.scoring.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.cycle.CyclePhase;
import vn.parindex.cycle.UnitProgressService;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.review.ReviewStep;
import vn.parindex.scoring.ScoringService;
import vn.parindex.workflow.process.FormTaskListener;
import vn.parindex.workflow.process.TaskForms;

/**
 * Officers score exactly the unit's items. The sheet is a task-local form variable only; on completion it is
 * validated against the year's data and stored in our tables, or the completion is refused with the reasons.
 */
@Component
public record SelfScoreTaskListener(TaskFormContext context, ScoringService scoring, UnitProgressService progress)
        implements FormTaskListener {

    @Override
    public void show(DelegateTask task) {
        long cycleId = TaskFormContext.cycleId(task);
        String unitCode = TaskForms.unitCode(task);
        progress.begin(cycleId, unitCode, CyclePhase.SCORING);
        context.show(task, List.of(ReviewStep.SCORES_SUBMITTED, ReviewStep.SCORES_SIGN_OFF, ReviewStep.SCORES_REVIEW));
        TaskFormContext.showEvidenceLink(task);
        task.setVariableLocal(ScoreSheetJson.SCORE_ITEMS, ScoreSheetJson.editable(scoring.sheet(cycleId, unitCode)));
    }

    @Override
    public void submit(DelegateTask task, String actor) {
        long cycleId = TaskFormContext.cycleId(task);
        String unitCode = TaskForms.unitCode(task);
        // read the sheet from its serialized form first: malformed JSON is refused here, in Vietnamese
        var rows = ScoreSheetJson.rows(TaskForms.submittedTyped(task, ScoreSheetJson.SCORE_ITEMS));
        TaskForms.takeSubmitted(task, ScoreSheetJson.SCORE_ITEMS);
        scoring.submit(cycleId, unitCode, rows, actor, task.getId());
    }
}
