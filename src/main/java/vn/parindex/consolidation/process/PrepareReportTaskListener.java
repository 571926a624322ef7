package vn.parindex.consolidation.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.consolidation.ConsolidationService;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.review.ReviewStep;
import vn.parindex.workflow.process.FormTaskListener;
import vn.parindex.workflow.process.TaskForms;

/** Sở Nội vụ drafts the provincial self-assessment report over the consolidated totals. */
@Component
public record PrepareReportTaskListener(TaskFormContext context, ReportView view, ConsolidationService consolidation)
        implements FormTaskListener {

    @Override
    public void show(DelegateTask task) {
        long cycleId = TaskFormContext.cycleId(task);
        context.show(task, List.of(ReviewStep.REPORT_PREPARED, ReviewStep.DRAFT_APPROVAL, ReviewStep.CHAIRMAN_APPROVAL));
        task.setVariableLocal(ConsolidationService.SUMMARY, "");
        task.setVariableLocal(ConsolidationService.DIFFICULTIES, "");
        task.setVariableLocal(ConsolidationService.RECOMMENDATIONS, "");
        view.showDraft(task, cycleId);
    }

    @Override
    public void submit(DelegateTask task, String actor) {
        long cycleId = TaskFormContext.cycleId(task);
        var form = TaskForms.takeSubmitted(task, ConsolidationService.SUMMARY, ConsolidationService.DIFFICULTIES,
                ConsolidationService.RECOMMENDATIONS);
        consolidation.prepareReport(cycleId, form, actor, task.getId());
    }
}
