package vn.parindex.reporting.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.reporting.DossierLevel;
import vn.parindex.reporting.QuarterlyFigure;
import vn.parindex.reporting.QuarterlyReportingService;
import vn.parindex.reporting.QuarterlyStep;
import vn.parindex.reporting.QuarterlyText;
import vn.parindex.reporting.ReportContent;
import vn.parindex.workflow.process.FormTaskListener;
import vn.parindex.workflow.process.TaskForms;

/**
 * A reporting unit's officers enter the quarter's report (figures and texts), prefilled with the last round after a
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
        // the form shows the dossier figures of the unit's own levels only (hidden fields are not submitted)
        Set<DossierLevel> levels = reports.unitLevels(reportId, unitCode);
        for (DossierLevel level : DossierLevel.values()) {
            task.setVariableLocal(levelVariable(level), levels.contains(level));
        }
        for (QuarterlyFigure figure : QuarterlyFigure.values()) {
            if (figure.askedOf(levels)) {
                task.setVariableLocal(figure.key(), last.map(r -> (Object) r.figure(figure)).orElse(null));
            }
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

    /** The form's flag that shows a level's dossier figures: "reportsProvince", "reportsDistrict", "reportsCommune". */
    static String levelVariable(DossierLevel level) {
        return "reports" + level.name().charAt(0) + level.name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The report as the deciding forms show it (plain text): the figures the unit was asked for, then its texts. */
    static String summary(ReportContent report) {
        StringBuilder text = new StringBuilder();
        for (QuarterlyFigure figure : QuarterlyFigure.values()) {
            if (!report.figures().containsKey(figure)) {
                continue;
            }
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
