package vn.parindex.scoring.process;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.value.JsonValue;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.scoring.ScoreSheetRow;
import vn.parindex.workflow.process.TaskForms;

/** The score sheet as the Json variable Camunda Forms' dynamic lists and tables read and submit. */
final class ScoreSheetJson {

    static final String SCORE_ITEMS = "scoreItems";
    static final String TOTAL_TEXT = "totalText";
    /**
     * Rows of forms/scoring/self-score.form (SCORE_ROWS in tools/forms/gen_forms.py): Tasklist 7.24 cannot complete a
     * form with an editable dynamic list, so the form has fixed rows and hides the unused ones.
     */
    static final int FORM_ROWS = 60;

    private ScoreSheetJson() {
    }

    /** Editable rows for the self-scoring form. */
    static JsonValue editable(List<ScoreSheetRow> rows) {
        if (rows.size() > FORM_ROWS) {
            throw new IllegalStateException("The self-score form has " + FORM_ROWS + " rows but the unit has " + rows.size()
                    + " items: raise SCORE_ROWS in tools/forms/gen_forms.py and ScoreSheetJson.FORM_ROWS together");
        }
        return json(rows.stream().map(row -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", row.code());
            item.put("name", row.name());
            item.put("maxPoints", row.maxPoints());
            // shown as text: a number field would write the maximum with a decimal point ("1.5")
            item.put("maxPointsText", VietnameseFormat.points(row.maxPoints()));
            item.put("guidance", row.guidance() + (row.evidenceRequirement() == null ? ""
                    : " — Tài liệu kiểm chứng: " + row.evidenceRequirement()));
            item.put("naAllowed", row.naAllowed());
            item.put("score", row.score());
            item.put("notApplicable", row.notApplicable());
            item.put("evidenceRef", row.evidenceRef() == null ? "" : row.evidenceRef());
            item.put("explanation", row.explanation() == null ? "" : row.explanation());
            return item;
        }).toList());
    }

    /** Read-only rows for the forms that decide on a sheet. */
    static JsonValue readOnly(List<ScoreSheetRow> rows) {
        return json(rows.stream().map(row -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", row.code());
            item.put("name", row.name());
            item.put("maxPoints", VietnameseFormat.points(row.maxPoints()));
            item.put("score", row.notApplicable() ? "" : VietnameseFormat.points(row.score()));
            item.put("evidenceRef", row.evidenceRef() == null ? "" : row.evidenceRef());
            item.put("explanation", row.explanation() == null ? "" : row.explanation());
            item.put("naText", row.notApplicable() ? "Có" : "");
            return item;
        }).toList());
    }

    static String totalText(List<ScoreSheetRow> rows) {
        BigDecimal max = rows.stream().map(ScoreSheetRow::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = rows.stream().filter(row -> !row.notApplicable() && row.score() != null)
                .map(ScoreSheetRow::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        return "Tổng điểm tự chấm: " + VietnameseFormat.points(total) + " / " + VietnameseFormat.points(max)
                + " (" + rows.size() + " tiêu chí)";
    }

    /** Reads the submitted rows: a Json variable from Tasklist, or a JSON string from the API. */
    static List<Map<String, Object>> rows(TypedValue submitted) {
        return TaskForms.rows(submitted, "Chưa có kết quả tự chấm điểm.",
                "Dữ liệu tự chấm điểm gửi lên không đúng định dạng (cần danh sách các tiêu chí).");
    }

    private static JsonValue json(List<Map<String, Object>> items) {
        return TaskForms.json(items);
    }
}
