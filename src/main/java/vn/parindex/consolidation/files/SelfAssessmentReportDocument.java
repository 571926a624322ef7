package vn.parindex.consolidation.files;

import static vn.parindex.office.word.WordText.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.office.word.Issue;
import vn.parindex.office.word.Letterhead;
import vn.parindex.office.word.OfficialLayout;

/**
 * The province's report "Báo cáo tự đánh giá, chấm điểm Chỉ số CCHC năm N" as .docx in the layout of Nghị định
 * 30/2020 ({@link OfficialLayout}: header, number, place and date, recipients, signer), Times New Roman 13: the summary and the table per field, the items without sufficient evidence with their explanations, the
 * difficulties and recommendations Sở Nội vụ entered.
 */
public final class SelfAssessmentReportDocument {

    private static final String NOT_ENTERED = "(Sở Nội vụ chưa nhập.)";

    private SelfAssessmentReportDocument() {
    }

    public static String title(int year) {
        return "Báo cáo tự đánh giá, chấm điểm Chỉ số CCHC năm " + year;
    }

    /** The subject (trích yếu) under "BÁO CÁO". */
    public static String subject(int year) {
        return "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm " + year;
    }

    public static byte[] write(ReportContent content, Letterhead letterhead, Issue issue) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            OfficialLayout.page(document);
            OfficialLayout.heading(document, letterhead, issue, subject(content.year()));
            document.getProperties().getCoreProperties().setTitle(title(content.year()));
            if (content.sampleNote() != null) {
                run(document.createParagraph(), content.sampleNote(), true).setItalic(true);
            }

            heading(document, "I. KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM");
            paragraph(document, orNotEntered(content.summary()), false, ParagraphAlignment.BOTH);
            fieldTable(document, content);
            paragraph(document, "Tổng điểm tự đánh giá: " + VietnameseFormat.points(content.overall()) + "/"
                    + VietnameseFormat.points(content.overallMax()) + " điểm tự chấm; " + VietnameseFormat.points(
                    content.surveyPoints()) + " điểm còn lại do Bộ Nội vụ điều tra xã hội học.", false,
                    ParagraphAlignment.BOTH);

            heading(document, "II. CÁC TIÊU CHÍ CHƯA CÓ ĐỦ TÀI LIỆU KIỂM CHỨNG VÀ GIẢI TRÌNH");
            explainedTable(document, content.withoutEvidence());

            heading(document, "III. KHÓ KHĂN, VƯỚNG MẮC");
            paragraph(document, orNotEntered(content.difficulties()), false, ParagraphAlignment.BOTH);
            heading(document, "IV. KIẾN NGHỊ, ĐỀ XUẤT");
            paragraph(document, orNotEntered(content.recommendations()), false, ParagraphAlignment.BOTH);
            XWPFParagraph note = document.createParagraph();
            run(note, content.draftNote(), false).setItalic(true);
            OfficialLayout.closing(document, letterhead, issue);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fieldTable(XWPFDocument document, ReportContent content) {
        XWPFTable table = table(document, List.of("STT", "Lĩnh vực", "Điểm tối đa (tự chấm)", "Điểm tự đánh giá",
                "Tỷ lệ đạt"));
        for (ReportContent.FieldLine field : content.fields()) {
            row(table, false, field.code(), field.name(), VietnameseFormat.points(field.maxPoints()),
                    VietnameseFormat.points(field.selfScore()), percent(field.selfScore(), field.maxPoints()));
        }
        row(table, true, "", "Tổng cộng", VietnameseFormat.points(content.overallMax()),
                VietnameseFormat.points(content.overall()), percent(content.overall(), content.overallMax()));
    }

    private static void explainedTable(XWPFDocument document, List<ReportContent.ExplainedItem> items) {
        if (items.isEmpty()) {
            paragraph(document, "Tất cả các tiêu chí tự chấm đều có tài liệu kiểm chứng.", false, ParagraphAlignment.BOTH);
            return;
        }
        XWPFTable table = table(document, List.of("Mã", "Tiêu chí", "Đơn vị chủ trì", "Điểm tự đánh giá", "Giải trình"));
        for (ReportContent.ExplainedItem item : items) {
            row(table, false, item.code(), item.name(), item.unitName(), item.scoreText(), item.explanation());
        }
    }

    private static void heading(XWPFDocument document, String text) {
        paragraph(document, text, true, ParagraphAlignment.LEFT).setSpacingBefore(240);
    }

    private static String percent(BigDecimal score, BigDecimal max) {
        if (score == null || max == null || max.signum() == 0) {
            return "";
        }
        return VietnameseFormat.percent(score.multiply(BigDecimal.valueOf(100)).divide(max, 1, RoundingMode.HALF_UP));
    }

    private static String orNotEntered(String text) {
        return text == null || text.isBlank() ? NOT_ENTERED : text;
    }
}
