package vn.parindex.scoring.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.parindex.cycle.CyclePhase;
import vn.parindex.cycle.UnitStatus;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.cycle.process.UnitDecisions;
import vn.parindex.review.ReviewStep;
import vn.parindex.scoring.ScoringService;
import vn.parindex.workflow.process.TaskForms;

/**
 * The decisions on a unit's self-scores: the head signs them off, then Sở Nội vụ accepts them; either may return
 * them for rescoring. Both forms show the sheet read-only with the link to the evidence.
 */
@Configuration(proxyBeanMethods = false)
class ScoresDecisionListeners {

    @Bean
    TaskListener signOffScoresTaskListener(UnitDecisions decisions, ScoringService scoring) {
        return decisions.listener(CyclePhase.SCORING, ReviewStep.SCORES_SIGN_OFF, CycleProcess.SCORES_SIGNED_OFF,
                UnitStatus.SIGNED_OFF, (task, cycleId, unitCode) -> showSheet(task, scoring, cycleId, unitCode));
    }

    @Bean
    TaskListener reviewScoresTaskListener(UnitDecisions decisions, ScoringService scoring, TaskFormContext context) {
        return decisions.listener(CyclePhase.SCORING, ReviewStep.SCORES_REVIEW, CycleProcess.SCORES_ACCEPTED,
                UnitStatus.ACCEPTED, (task, cycleId, unitCode) -> {
                    showSheet(task, scoring, cycleId, unitCode);
                    context.showHeadComment(task, cycleId, unitCode, ReviewStep.SCORES_SIGN_OFF);
                });
    }

    private static void showSheet(DelegateTask task, ScoringService scoring, long cycleId, String unitCode) {
        TaskFormContext.showEvidenceLink(task);
        var sheet = scoring.sheet(cycleId, unitCode);
        task.setVariableLocal(ScoreSheetJson.SCORE_ITEMS, ScoreSheetJson.readOnly(sheet));
        TaskForms.addInfo(task, ScoreSheetJson.TOTAL_TEXT, ScoreSheetJson.totalText(sheet));
    }
}
