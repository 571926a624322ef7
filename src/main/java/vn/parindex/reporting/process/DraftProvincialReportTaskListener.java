package vn.parindex.reporting.process;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.reporting.QuarterlyReportingService;
import vn.parindex.reporting.QuarterlyStep;
import vn.parindex.reporting.QuarterlyText;
import vn.parindex.workflow.process.FormTaskListener;
import vn.parindex.workflow.process.TaskForms;

/**
 * SNV drafts the province's narrative next to the computed totals (prefilled with the departments' texts, or the
 * last version after the Chairman returned it); on complete the narrative is checked and stored as the next
 * version together with the .docx generated from our tables.
 */
@Component
public record DraftProvincialReportTaskListener(QuarterlyTaskForm form, QuarterlyReportingService reports)
        implements FormTaskListener {

    private static final String[] FIELDS = Arrays.stream(QuarterlyText.values()).map(QuarterlyText::key).toArray(String[]::new);

    @Override
    public void show(DelegateTask task) {
        long reportId = QuarterlyTaskForm.reportId(task);
        form.show(task, List.of(QuarterlyStep.CHAIRMAN_APPROVAL));
        task.setVariableLocal(QuarterlyReportingProcess.TOTALS_SUMMARY, reports.totals(reportId).summary());
        reports.draftSuggestion(reportId).forEach((text, value) -> task.setVariableLocal(text.key(), value));
    }

    @Override
    public void submit(DelegateTask task, String actor) {
        long reportId = QuarterlyTaskForm.reportId(task);
        reports.saveDraft(reportId, TaskForms.takeSubmitted(task, FIELDS), actor,
                form.now());
    }
}
