package vn.parindex.consolidation.process;

import vn.parindex.workflow.process.TaskForms;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.parindex.consolidation.ConsolidationService;
import vn.parindex.workflow.process.ProcessActor;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.review.ReviewStep;

/** Sở Nội vụ drafts the provincial self-assessment report over the consolidated totals. */
@Component
public class PrepareReportTaskListener implements TaskListener {

    private final TaskFormContext context;
    private final ReportView view;
    private final ConsolidationService consolidation;

    PrepareReportTaskListener(TaskFormContext context, ReportView view, ConsolidationService consolidation) {
        this.context = context;
        this.view = view;
        this.consolidation = consolidation;
    }

    @Override
    public void notify(DelegateTask task) {
        long cycleId = TaskFormContext.cycleId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            context.show(task, List.of(ReviewStep.REPORT_PREPARED, ReviewStep.DRAFT_APPROVAL, ReviewStep.CHAIRMAN_APPROVAL));
            task.setVariableLocal(ConsolidationService.SUMMARY, "");
            task.setVariableLocal(ConsolidationService.DIFFICULTIES, "");
            task.setVariableLocal(ConsolidationService.RECOMMENDATIONS, "");
            view.showDraft(task, cycleId);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            var form = TaskForms.takeSubmitted(task, ConsolidationService.SUMMARY, ConsolidationService.DIFFICULTIES,
                    ConsolidationService.RECOMMENDATIONS);
            consolidation.prepareReport(cycleId, form, ProcessActor.of(task), task.getId());
        }
    }
}
