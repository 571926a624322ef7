package vn.parindex.appraisal.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import vn.parindex.office.word.Issue;
import vn.parindex.office.word.OfficialLetterheads;
import vn.parindex.support.OfficialLayoutAssertions;

/**
 * The province's explanation report is a Báo cáo of the People's Committee in the layout of Nghị định 30/2020: the
 * letterhead of its date, "BÁO CÁO" and its subject, the number and date recorded when it was sent, the recipients
 * and, approved by a Vice-chairman, "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" with the name.
 */
class ExplanationReportDocumentTest {

    private static final ExplanationReportDocument.Content CONTENT = new ExplanationReportDocument.Content(2026,
            "Tỉnh Lâm Đồng", "Thông báo 123/BNV-CCHC", "Tỉnh giải trình 2 tiêu chí bị trừ điểm, kèm tài liệu bổ sung.",
            "Đề nghị Bộ Nội vụ xem xét lại điểm các tiêu chí 2.1.1, 8.2.2.", List.of(
            new ExplanationReportDocument.Row("2.1.1", "Ban hành văn bản QPPL", "Sở Tư pháp", "1", "0",
                    "Đơn vị đã ban hành đủ văn bản.", "Quyết định 45/QĐ-UBND"),
            new ExplanationReportDocument.Row("8.2.2", "Giải ngân vốn đầu tư công", "Sở Tài chính", "0,5", "0,25",
                    "Tỷ lệ giải ngân 96,2%.", null)));

    @Test
    void theExplanationReportIsABaoCaoOfThePeoplesCommitteeSignedForTheChairmanByTheViceChairman() throws Exception {
        OfficialLetterheads letterheads = new OfficialLetterheads();
        Issue issue = new Issue("30", LocalDate.of(2027, 3, 12), null, 2027).signedBy("Nguyễn Minh Hải", true);
        byte[] docx = ExplanationReportDocument.write(CONTENT,
                letterheads.of("explanationReport", "Tỉnh Lâm Đồng", 2026, issue.date()), issue);

        OfficialLayoutAssertions.assertOfficialLayout(docx, new OfficialLayoutAssertions.Expected(
                List.of("ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"), "BC-UBND", "Lâm Đồng", "BÁO CÁO",
                "Giải trình kết quả thẩm định Chỉ số cải cách hành chính năm 2026 của tỉnh Lâm Đồng", "30/BC-UBND",
                "ngày 12 tháng 3 năm 2027", List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
                "Nguyễn Minh Hải"));
        try (XWPFDocument document = OfficialLayoutAssertions.open(docx)) {
            String text = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("Kính gửi: Bộ Nội vụ.", "Thông báo 123/BNV-CCHC",
                    "có 2 tiêu chí, tiêu chí thành phần bị chấm thấp hơn điểm tự đánh giá",
                    "Tỉnh giải trình 2 tiêu chí bị trừ điểm", "Đề nghị Bộ Nội vụ xem xét lại điểm các tiêu chí 2.1.1, 8.2.2.");
            var rows = document.getTables().stream().filter(table -> table.getRow(0).getCell(0).getText().equals("TT"))
                    .findFirst().orElseThrow().getRows();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(1).getCell(2).getText()).isEqualTo("Sở Tư pháp");
            assertThat(rows.get(2).getCell(4).getText()).isEqualTo("0,25");
            assertThat(rows.get(1).getCell(6).getText()).isEqualTo("Quyết định 45/QĐ-UBND");
        }
    }

    @Test
    void aDraftSignedByTheChairmanHasTheBlanksAndTheChairmansBlock() throws Exception {
        Issue issue = Issue.draft(2027).signedBy("Võ Quang Trí");
        byte[] docx = ExplanationReportDocument.write(CONTENT,
                new OfficialLetterheads().of("explanationReport", "Tỉnh Lâm Đồng", 2026, null), issue);
        OfficialLayoutAssertions.assertOfficialLayout(docx, new OfficialLayoutAssertions.Expected(
                List.of("ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"), "BC-UBND", "Lâm Đồng", "BÁO CÁO",
                ExplanationReportDocument.subject(2026, "Tỉnh Lâm Đồng"), null, null,
                List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), "Võ Quang Trí"));
    }
}
