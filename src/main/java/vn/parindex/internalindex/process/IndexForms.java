package vn.parindex.internalindex.process;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.internalindex.InternalIndexLinks;
import vn.parindex.internalindex.InternalIndexService;
import vn.parindex.internalindex.Period;
import vn.parindex.internalindex.SheetRow;
import vn.parindex.internalindex.SurveyTemplate;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.workflow.process.TaskForms;

/**
 * What the internal index forms show (task-local variables, gone with the task) and how their submissions are read.
 * The sheets are Json lists bound to fixed rows (ROWS in tools/forms/gen_internal_index_forms.py = {@link #FORM_ROWS}).
 */
@Component
record IndexForms(InternalIndexService index, OrgDirectoryService orgDirectory, TaskForms forms, Clock clock) {

    static final int FORM_ROWS = 20;
    static final String PERIOD_YEAR = "periodYear";
    static final String RETURN_COMMENT = TaskForms.RETURN_COMMENT;

    static long periodId(DelegateTask task) {
        return TaskForms.id(task, InternalIndexProcess.PERIOD_ID);
    }

    static String unitCode(DelegateTask task) {
        return TaskForms.unitCode(task);
    }

    void showContext(DelegateTask task) {
        Period period = index.get(periodId(task));
        String unit = unitCode(task);
        forms.showContext(task, unit == null ? TaskForms.PROVINCE_OFFICE : orgDirectory.get(unit).name(), null);
        TaskForms.addInfo(task, PERIOD_YEAR, String.valueOf(period.year()));
        TaskForms.addToSubject(task, "năm " + period.year());
    }

    /** The survey's form: where to get the .xlsx template and upload it, and what is stored so far. */
    void showSurvey(DelegateTask task) {
        long periodId = periodId(task);
        int year = index.get(periodId).year();
        task.setVariableLocal(InternalIndexProcess.SURVEY_TEMPLATE_URL, InternalIndexLinks.surveyWorkbook(year));
        task.setVariableLocal(InternalIndexProcess.SURVEY_UPLOAD_URL, InternalIndexLinks.surveyUploadPage(year));
        task.setVariableLocal(InternalIndexProcess.SURVEY_STATUS, index.surveySummary(periodId).orElse(""));
        SurveyTemplate.Weights weights = index.surveyWeights(periodId);
        task.setVariableLocal(InternalIndexProcess.SURVEY_WEIGHTS, weights.options().stream()
                .map(option -> option.code() + " " + VietnameseFormat.percent(option.weight()))
                .collect(java.util.stream.Collectors.joining(", ")) + " (" + weights.provenance() + ").");
        task.setVariableLocal(InternalIndexProcess.SURVEY_JSON, "");
    }

    /** The sheet as form rows, each row built by {@code columns}. */
    static JsonValue rows(List<SheetRow> sheet, Function<SheetRow, Map<String, Object>> columns) {
        if (sheet.size() > FORM_ROWS) {
            throw new IllegalStateException("The internal index forms have " + FORM_ROWS + " rows, the set has " + sheet.size());
        }
        return json(sheet.stream().map(columns).toList());
    }

    static Map<String, Object> basics(SheetRow row) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code", row.code());
        item.put("name", row.name());
        item.put("maxPoints", row.maxPoints());
        item.put("guidance", row.guidance() == null ? "" : row.guidance());
        return item;
    }

    static String points(BigDecimal points) {
        return points == null ? "" : VietnameseFormat.points(points);
    }

    static String text(String text) {
        return text == null ? "" : text;
    }

    static JsonValue json(Object value) {
        return TaskForms.json(value);
    }

    /** The submitted rows of the sheet: a Json variable from Tasklist, or a JSON string from the API. */
    static List<Map<String, Object>> submittedRows(DelegateTask task) {
        TypedValue submitted = TaskForms.submittedTyped(task, InternalIndexProcess.ITEMS);
        TaskForms.takeSubmitted(task, InternalIndexProcess.ITEMS);
        return TaskForms.rows(submitted, "Chưa có bảng điểm gửi lên.",
                "Bảng điểm gửi lên không đúng định dạng (cần danh sách các tiêu chí).");
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
