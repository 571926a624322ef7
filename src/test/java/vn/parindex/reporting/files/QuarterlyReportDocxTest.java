package vn.parindex.reporting.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import vn.parindex.office.word.DocBlock;
import vn.parindex.office.word.Issue;
import vn.parindex.office.word.Letterhead;

/** The .docx defines its heading styles itself, so Word shows them as headings (navigation pane, table of contents). */
class QuarterlyReportDocxTest {

    @Test
    void headingsUseStylesDefinedInTheDocumentWithWordsNamesAndOutlineLevels() throws Exception {
        byte[] docx = QuarterlyReportDocx.write(new Letterhead(List.of(), List.of("Ủy ban nhân dân",
                        "Tỉnh Bình Thuận"), "BC-UBND", "Bình Thuận", "Báo cáo", List.of("Bộ Nội vụ", "Lưu: VT, SNV"),
                        List.of("TM. Ủy ban nhân dân", "Chủ tịch"),
                        List.of("TM. Ủy ban nhân dân", "KT. Chủ tịch", "Phó Chủ tịch")), Issue.draft(2023), "Công tác CCHC quý I",
                List.of(new DocBlock.Heading(1, "I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC"),
                        new DocBlock.Paragraph("Nội dung."),
                        new DocBlock.Heading(2, "1. Cải cách thể chế"),
                        new DocBlock.Table(List.of(List.of("Chỉ tiêu", "Số lượng"), List.of("Văn bản", "9")))));

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getStyles()).as("word/styles.xml").isNotNull();
            for (String id : List.of("Normal", "Title", "Heading1", "Heading2")) {
                assertThat(document.getStyles().styleExist(id)).as(id + " defined").isTrue();
            }
            XWPFStyle heading1 = document.getStyles().getStyle("Heading1");
            XWPFStyle heading2 = document.getStyles().getStyle("Heading2");
            assertThat(heading1.getName()).isEqualTo("heading 1");
            assertThat(heading2.getName()).isEqualTo("heading 2");
            assertThat(heading1.getBasisStyleID()).isEqualTo("Normal");
            assertThat(heading1.getNextStyleID()).isEqualTo("Normal");
            CTStyle h1 = heading1.getCTStyle();
            CTStyle h2 = heading2.getCTStyle();
            assertThat(h1.getPPr().getOutlineLvl().getVal().intValue()).isZero();
            assertThat(h2.getPPr().getOutlineLvl().getVal().intValue()).isOne();
            assertThat(h1.getPPr().isSetKeepNext()).isTrue();
            assertThat(h1.getRPr().getRFontsArray(0).getAscii()).isEqualTo("Times New Roman");
            assertThat(h1.getRPr().getBArray()).hasSize(1);
            assertThat(document.getStyles().getStyle("Normal").getCTStyle().isSetDefault()).isTrue();

            assertThat(document.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyleID()))
                    .extracting(XWPFParagraph::getText).containsExactly("I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC");
            assertThat(document.getParagraphs()).filteredOn(p -> "Heading2".equals(p.getStyleID()))
                    .extracting(XWPFParagraph::getText).containsExactly("1. Cải cách thể chế");
            assertThat(document.getParagraphs()).filteredOn(p -> "Title".equals(p.getStyleID()))
                    .extracting(XWPFParagraph::getText).containsExactly("BÁO CÁO");
            // every style a paragraph names is defined in the document
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getStyleID)
                    .filteredOn(id -> id != null).allMatch(id -> document.getStyles().styleExist(id));
        }
    }
}
