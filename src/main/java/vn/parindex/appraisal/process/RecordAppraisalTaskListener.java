package vn.parindex.appraisal.process;

import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.appraisal.AppraisalService;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.workflow.process.FormTaskListener;
import vn.parindex.workflow.process.TaskForms;

/**
 * Sở Nội vụ records the Ministry's appraisal: the appraised scores are entered on the results page; the form records
 * the notice, the day it came and the explanation deadline (prefilled with the year's expected date).
 */
@Component
public record RecordAppraisalTaskListener(AppraisalForms forms, AppraisalService appraisals, ZoneId zone)
        implements FormTaskListener {

    @Override
    public void show(DelegateTask task) {
        long cycleId = TaskFormContext.cycleId(task);
        forms.show(task, List.of());
        task.setVariableLocal(AppraisalService.NOTICE_REF, "");
        task.setVariableLocal(AppraisalService.RECEIVED_ON, null);
        task.setVariableLocal(AppraisalService.EXPLANATION_DUE, appraisals.get(cycleId).explanationDue()
                .atZoneSameInstant(zone).toLocalDate().toString());
    }

    @Override
    public void submit(DelegateTask task, String actor) {
        var form = TaskForms.takeSubmitted(task, AppraisalService.NOTICE_REF, AppraisalService.RECEIVED_ON,
                AppraisalService.EXPLANATION_DUE);
        appraisals.recordAppraisal(TaskFormContext.cycleId(task), form, actor, task.getId());
    }
}
