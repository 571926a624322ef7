package vn.parindex.appraisal.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.appraisal.AppraisalService;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.workflow.process.FormTaskListener;
import vn.parindex.workflow.process.TaskForms;

/** Sở Nội vụ enters the results the Ministry published (the results page) and confirms; then the cycle can close. */
@Component
public record RecordPublishedResultsTaskListener(AppraisalForms forms, AppraisalService appraisals)
        implements FormTaskListener {

    static final String PUBLISHED_TEXT = "publishedText";
    /** "số 31/BC-UBND ngày 12/03/2024" once the explanation report was sent; the form then links its .docx. */
    static final String EXPLANATION_SENT_TEXT = "explanationSentText";

    @Override
    public void show(DelegateTask task) {
        forms.show(task, List.of());
        var stage = appraisals.get(TaskFormContext.cycleId(task));
        task.setVariableLocal(EXPLANATION_SENT_TEXT, stage.explanationNumber() == null ? "" : "số "
                + stage.explanationNumber() + " ngày " + VietnameseFormat.date(stage.explanationDate()));
        task.setVariableLocal(PUBLISHED_TEXT, appraisals.latestEntryText(TaskFormContext.cycleId(task)));
        task.setVariableLocal(AppraisalService.RESULTS_ENTERED, false);
    }

    @Override
    public void submit(DelegateTask task, String actor) {
        var form = TaskForms.takeSubmitted(task, AppraisalService.RESULTS_ENTERED);
        appraisals.recordPublished(TaskFormContext.cycleId(task), form, actor, task.getId());
    }
}
