package vn.parindex.internalindex.process;

import vn.parindex.workflow.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;
import vn.parindex.internalindex.InternalIndexService;

/**
 * After the Chairman returns the index, the working team answers the comment: optionally a corrected survey upload
 * (replacing the earlier one), always a note on what was reconsidered. The index is then computed again.
 */
@Component("internalIndexReviseResultsListener")
public class ReviseResultsListener implements TaskListener {

    private final InternalIndexService index;
    private final IndexForms forms;

    ReviseResultsListener(InternalIndexService index, IndexForms forms) {
        this.index = index;
        this.forms = forms;
    }

    @Override
    public void notify(DelegateTask task) {
        long periodId = IndexForms.periodId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            forms.showContext(task);
            task.setVariableLocal(IndexForms.RETURN_COMMENT, index.lastComment(periodId, InternalIndexService.STEP_CHAIRMAN).orElse(""));
            forms.showSurvey(task);
            task.setVariableLocal(InternalIndexProcess.REVISION_NOTE, "");
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
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
                index.importSurvey(periodId, survey, IndexForms.actor(task), forms.now());
            }
            index.decide(periodId, null, InternalIndexService.STEP_REVISION, "REVISED", note, IndexForms.actor(task));
        }
    }
}
