package vn.parindex.scoring.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.cycle.CyclePhase;
import vn.parindex.cycle.UnitProgressService;
import vn.parindex.cycle.UnitStatus;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.cycle.process.UnitDecisionTaskListener;
import vn.parindex.review.ReviewService;
import vn.parindex.review.ReviewStep;
import vn.parindex.scoring.ScoringService;

/** The head of the unit signs the self-scores off, or returns them to the officers. */
@Component
public class SignOffScoresTaskListener extends UnitDecisionTaskListener {

    private final ScoringService scoring;

    SignOffScoresTaskListener(TaskFormContext context, ReviewService reviews, UnitProgressService progress,
                            ScoringService scoring) {
        super(context, reviews, progress, CyclePhase.SCORING, ReviewStep.SCORES_SIGN_OFF, CycleProcess.SCORES_SIGNED_OFF,
                UnitStatus.SIGNED_OFF);
        this.scoring = scoring;
    }

    @Override
    protected void showSubject(DelegateTask task, long cycleId, String unitCode) {
        TaskFormContext.showEvidenceLink(task);
        var sheet = scoring.sheet(cycleId, unitCode);
        task.setVariableLocal(ScoreSheetJson.SCORE_ITEMS, ScoreSheetJson.readOnly(sheet));
        task.setVariableLocal(ScoreSheetJson.TOTAL_TEXT, ScoreSheetJson.totalText(sheet));
    }
}
