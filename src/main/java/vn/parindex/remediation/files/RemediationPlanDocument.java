package vn.parindex.remediation.files;

import static vn.parindex.office.word.WordText.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.parindex.office.word.Issue;
import vn.parindex.office.word.Letterhead;
import vn.parindex.office.word.OfficialLayout;
import vn.parindex.remediation.PlanView;

/**
 * The remediation plan as .docx in the layout of Nghị định 30/2020 ({@link OfficialLayout}), structured as Kế hoạch
 * 2873/KH-UBND (seed 004): purpose, then one table of tasks per unit (content, completion time, how the result is
 * reported), then the organisation of the work.
 */
public final class RemediationPlanDocument {

    private RemediationPlanDocument() {
    }

    /** The subject (trích yếu) under "KẾ HOẠCH". */
    public static String subject(String planTitle, int year) {
        return planTitle == null || planTitle.isBlank()
                ? "Khắc phục các tồn tại, hạn chế kết quả Chỉ số cải cách hành chính năm " + year : planTitle;
    }

    public static byte[] write(PlanView plan, Letterhead letterhead, Issue issue) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            OfficialLayout.page(document);
            String subject = subject(plan.plan().title(), plan.year());
            document.getProperties().getCoreProperties().setTitle(letterhead.kind() + " " + subject);
            OfficialLayout.heading(document, letterhead, issue, subject);
            paragraph(document, "I. MỤC ĐÍCH, YÊU CẦU", true, ParagraphAlignment.LEFT).setSpacingBefore(240);
            paragraph(document, "Khắc phục các tồn tại, hạn chế trong kết quả Chỉ số cải cách hành chính năm "
                    + plan.year() + " của " + inText(plan.province()) + "; xác định rõ nội dung, thời gian hoàn thành"
                    + " và trách nhiệm của từng cơ quan, đơn vị.", false, ParagraphAlignment.BOTH);
            paragraph(document, "II. NHIỆM VỤ CỤ THỂ", true, ParagraphAlignment.LEFT).setSpacingBefore(240);
            Map<String, List<PlanView.TaskView>> byUnit = new LinkedHashMap<>();
            for (PlanView.TaskView task : plan.tasks()) {
                if (!task.task().cancelled()) {
                    byUnit.computeIfAbsent(task.unitName(), unit -> new ArrayList<>()).add(task);
                }
            }
            int unitNumber = 0;
            for (Map.Entry<String, List<PlanView.TaskView>> unit : byUnit.entrySet()) {
                paragraph(document, ++unitNumber + ". " + unit.getKey(), true, ParagraphAlignment.LEFT);
                XWPFTable table = table(document, List.of("TT", "Nội dung nhiệm vụ", "Tiêu chí", "Thời gian hoàn thành",
                        "Ghi chú (hình thức báo cáo kết quả)"));
                int row = 0;
                for (PlanView.TaskView task : unit.getValue()) {
                    row(table, false, String.valueOf(++row), task.task().content(),
                            task.task().criterionCode() == null ? "" : task.task().criterionCode() + " " + task.itemName(),
                            task.task().completionText(), task.task().reporting());
                }
            }
            if (byUnit.isEmpty()) {
                paragraph(document, "Kế hoạch chưa có nhiệm vụ.", false, ParagraphAlignment.BOTH);
            }
            paragraph(document, "III. TỔ CHỨC THỰC HIỆN", true, ParagraphAlignment.LEFT).setSpacingBefore(240);
            paragraph(document, "Các cơ quan, đơn vị triển khai thực hiện các nhiệm vụ được giao, báo cáo kết quả định kỳ"
                    + " về Sở Nội vụ theo thời hạn của từng nhiệm vụ; Sở Nội vụ theo dõi, tổng hợp, báo cáo Ủy ban nhân dân"
                    + " tỉnh.", false, ParagraphAlignment.BOTH);
            OfficialLayout.closing(document, letterhead, issue);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Tỉnh Lâm Đồng" inside a sentence: "tỉnh Lâm Đồng". */
    private static String inText(String province) {
        return province == null || province.isEmpty() ? "" : Character.toLowerCase(province.charAt(0)) + province.substring(1);
    }
}
