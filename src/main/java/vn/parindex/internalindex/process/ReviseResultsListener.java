package vn.parindex.internalindex.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;
import vn.parindex.internalindex.InternalIndexService;
import vn.parindex.workflow.process.FormTaskListener;
import vn.parindex.workflow.process.TaskForms;

/**
 * After the Chairman returns the index, the working team answers the comment: optionally a corrected survey upload
 * (replacing the earlier one), always a note on what was reconsidered. The index is then computed again.
 */
@Component("internalIndexReviseResultsListener")
public record ReviseResultsListener(InternalIndexService index, IndexForms forms) implements FormTaskListener {

    @Override
    public void show(DelegateTask task) {
        long periodId = IndexForms.periodId(task);
        forms.showContext(task);
        TaskForms.addInfo(task, IndexForms.RETURN_COMMENT, index.lastComment(periodId, InternalIndexService.STEP_CHAIRMAN).orElse(""));
        forms.showSurvey(task);
        task.setVariableLocal(InternalIndexProcess.REVISION_NOTE, "");
    }

    @Override
    public void submit(DelegateTask task, String actor) {
        long periodId = IndexForms.periodId(task);
        var form = TaskForms.takeSubmitted(task, InternalIndexProcess.SURVEY_JSON,
                InternalIndexProcess.REVISION_NOTE);
        String note = FormInput.text(form.get(InternalIndexProcess.REVISION_NOTE));
        if (note.isEmpty()) {
            throw new ValidationException("Vui lòng nhập nội dung đã xem xét lại theo ý kiến của Chủ tịch UBND tỉnh.");
        }
        if (note.length() > 4000) {
            throw new ValidationException("Nội dung xem xét lại dài quá 4000 ký tự.");
        }
        String survey = FormInput.text(form.get(InternalIndexProcess.SURVEY_JSON));
        if (!survey.isEmpty()) {
            index.importSurvey(periodId, survey, actor, forms.now());
        }
        index.decide(periodId, null, InternalIndexService.STEP_REVISION, "REVISED", note, actor);
    }
}
