package vn.parindex.consolidation.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.consolidation.ConsolidationService;
import vn.parindex.consolidation.FieldTotal;
import vn.parindex.workflow.process.TaskForms;

/** Shows the consolidated totals (and the latest draft report) on the province-level forms. */
@Component
@RequiredArgsConstructor
public class ReportView {

    public static final String FIELD_TOTALS = "fieldTotals";
    public static final String TOTAL_TEXT = "totalText";

    private final ConsolidationService consolidation;
    private final ReportLinks links;

    public void showTotals(DelegateTask task, long cycleId) {
        List<FieldTotal> totals = consolidation.totals(cycleId);
        List<Map<String, Object>> rows = totals.stream().map(total -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", total.fieldCode());
            row.put("name", total.fieldName());
            row.put("maxPoints", VietnameseFormat.points(total.maxPoints()));
            row.put("selfScore", VietnameseFormat.points(total.selfScore()));
            return row;
        }).toList();
        task.setVariableLocal(FIELD_TOTALS, TaskForms.json(rows));
        TaskForms.addInfo(task, TOTAL_TEXT, "Tổng điểm tự đánh giá của tỉnh: "
                + VietnameseFormat.points(consolidation.overall(totals)) + " / "
                + VietnameseFormat.points(consolidation.overallMax(totals))
                + " điểm tự chấm (không gồm các tiêu chí điều tra xã hội học)");
    }

    /** Totals, the latest draft and links to download the appendix, the report and the progress list. */
    public void showDraft(DelegateTask task, long cycleId) {
        showTotals(task, cycleId);
        links.show(task, cycleId);
        consolidation.latestReport(cycleId).ifPresent(report -> {
            task.setVariableLocal(ConsolidationService.SUMMARY, report.summary());
            task.setVariableLocal(ConsolidationService.DIFFICULTIES, nullToEmpty(report.difficulties()));
            task.setVariableLocal(ConsolidationService.RECOMMENDATIONS, nullToEmpty(report.recommendations()));
        });
    }

    /** The version decisions refer to. */
    public int reportVersion(long cycleId) {
        return consolidation.latestReport(cycleId).map(report -> report.version()).orElse(0);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
