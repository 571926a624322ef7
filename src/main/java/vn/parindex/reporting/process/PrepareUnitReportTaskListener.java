package vn.parindex.reporting.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.reporting.QuarterlyFigure;
import vn.parindex.reporting.QuarterlyReportingService;
import vn.parindex.reporting.QuarterlyStep;
import vn.parindex.reporting.QuarterlyText;
import vn.parindex.reporting.ReportContent;
import vn.parindex.workflow.process.FormTaskListener;
import vn.parindex.workflow.process.TaskForms;

/**
 * A department's officers enter the quarter's report (figures and texts), prefilled with the last round after a
 * return; the complete listener checks everything on the server and stores it as the next round.
 */
@Component
public record PrepareUnitReportTaskListener(QuarterlyTaskForm form, QuarterlyReportingService reports)
        implements FormTaskListener {

    static final String[] FIELDS;

    static {
        List<String> keys = new ArrayList<>();
        for (QuarterlyFigure figure : QuarterlyFigure.values()) {
            keys.add(figure.key());
        }
        for (QuarterlyText text : QuarterlyText.values()) {
            keys.add(text.key());
        }
        FIELDS = keys.toArray(String[]::new);
    }

    @Override
    public void show(DelegateTask task) {
        long reportId = QuarterlyTaskForm.reportId(task);
        String unitCode = QuarterlyTaskForm.unitCode(task);
        form.show(task, List.of(QuarterlyStep.UNIT_SIGN_OFF, QuarterlyStep.UNIT_REVIEW));
        var last = reports.latestUnitReport(reportId, unitCode);
        for (QuarterlyFigure figure : QuarterlyFigure.values()) {
            task.setVariableLocal(figure.key(), last.map(r -> (Object) r.figure(figure)).orElse(null));
        }
        for (QuarterlyText text : QuarterlyText.values()) {
            task.setVariableLocal(text.key(), last.map(r -> r.text(text)).orElse(""));
        }
    }

    @Override
    public void submit(DelegateTask task, String actor) {
        long reportId = QuarterlyTaskForm.reportId(task);
        String unitCode = QuarterlyTaskForm.unitCode(task);
        reports.submitUnitReport(reportId, unitCode, TaskForms.takeSubmitted(task, FIELDS),
                actor, task.getId(), form.now());
    }

    /** The report as the deciding forms show it (plain text). */
    static String summary(ReportContent report) {
        StringBuilder text = new StringBuilder();
        for (QuarterlyFigure figure : QuarterlyFigure.values()) {
            text.append(figure.label()).append(": ")
                    .append(vn.parindex.reporting.QuarterlyNumbers.count(report.figure(figure))).append("\n\n");
        }
        for (QuarterlyText part : QuarterlyText.values()) {
            if (!report.text(part).isEmpty()) {
                text.append("**").append(part.label()).append("**: ").append(report.text(part)).append("\n\n");
            }
        }
        return text.toString().trim();
    }
}
