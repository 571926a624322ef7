package vn.parindex.appraisal.files;

import static vn.parindex.office.word.WordText.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.parindex.office.word.Issue;
import vn.parindex.office.word.Letterhead;
import vn.parindex.office.word.OfficialLayout;

/**
 * The province's explanation report after the Ministry's appraisal (báo cáo giải trình) as .docx in the layout of Nghị
 * định 30/2020 ({@link OfficialLayout}): the appraisal it answers, Sở Nội vụ's consolidated explanation, one row per
 * item that lost points with the unit's explanation and additional evidence, and the province's requests.
 */
public final class ExplanationReportDocument {

    /** One item that lost points, as the report prints it (names, never codes of units). */
    public record Row(String itemCode, String itemName, String unitName, String selfScore, String appraisedScore,
                      String explanation, String additionalEvidence) {
    }

    /** What the report says: the year, the province, the Ministry's notice, SNV's text and requests, the rows. */
    public record Content(int year, String province, String appraisalNotice, String summary, String requests,
                          List<Row> rows) {
    }

    private ExplanationReportDocument() {
    }

    /** The subject (trích yếu) under "BÁO CÁO". */
    public static String subject(int year, String province) {
        return "Giải trình kết quả thẩm định Chỉ số cải cách hành chính năm " + year + " của " + inText(province);
    }

    public static byte[] write(Content content, Letterhead letterhead, Issue issue) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            OfficialLayout.page(document);
            String subject = subject(content.year(), content.province());
            document.getProperties().getCoreProperties().setTitle(letterhead.kind() + " " + subject);
            OfficialLayout.heading(document, letterhead, issue, subject);
            paragraph(document, "Kính gửi: Bộ Nội vụ.", false, ParagraphAlignment.CENTER).setSpacingBefore(120);
            paragraph(document, "I. KẾT QUẢ THẨM ĐỊNH", true, ParagraphAlignment.LEFT).setSpacingBefore(240);
            paragraph(document, "Thực hiện " + blankIfNull(content.appraisalNotice()) + " của Bộ Nội vụ thông báo kết quả"
                    + " thẩm định Chỉ số cải cách hành chính năm " + content.year() + ", " + inText(content.province())
                    + " có " + content.rows().size() + " tiêu chí, tiêu chí thành phần bị chấm thấp hơn điểm tự đánh giá.",
                    false, ParagraphAlignment.BOTH);
            paragraph(document, "II. NỘI DUNG GIẢI TRÌNH", true, ParagraphAlignment.LEFT).setSpacingBefore(240);
            paragraph(document, blankIfNull(content.summary()), false, ParagraphAlignment.BOTH);
            XWPFTable table = table(document, List.of("TT", "Tiêu chí", "Đơn vị chủ trì", "Điểm tự đánh giá",
                    "Điểm thẩm định", "Nội dung giải trình", "Tài liệu kiểm chứng bổ sung"));
            int number = 0;
            for (Row row : content.rows()) {
                row(table, false, String.valueOf(++number), row.itemCode() + " " + row.itemName(), row.unitName(),
                        row.selfScore(), row.appraisedScore(), blankIfNull(row.explanation()),
                        blankIfNull(row.additionalEvidence()));
            }
            paragraph(document, "III. ĐỀ NGHỊ", true, ParagraphAlignment.LEFT).setSpacingBefore(240);
            paragraph(document, content.requests() == null || content.requests().isBlank()
                    ? "Đề nghị Bộ Nội vụ xem xét các nội dung giải trình và tài liệu kiểm chứng bổ sung nêu trên."
                    : content.requests(), false, ParagraphAlignment.BOTH);
            OfficialLayout.closing(document, letterhead, issue);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Tỉnh Lâm Đồng" inside a sentence: "tỉnh Lâm Đồng". */
    private static String inText(String province) {
        return province.startsWith("Tỉnh ") ? "tỉnh " + province.substring(5) : province;
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text;
    }
}
