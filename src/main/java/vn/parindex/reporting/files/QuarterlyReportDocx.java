package vn.parindex.reporting.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.parindex.office.word.DocBlock;
import vn.parindex.office.word.DocStyles;
import vn.parindex.office.word.Issue;
import vn.parindex.office.word.Letterhead;
import vn.parindex.office.word.OfficialLayout;

/**
 * Writes the province's quarterly reform report as a Word (.docx) file in the layout of Nghị định 30/2020
 * ({@link OfficialLayout}: header, number, place and date, kind and subject; recipients and signer at the end), then
 * the blocks in order. Headings use the styles "Heading1"/"Heading2", defined in the document
 * ({@link DocStyles}) with Word's names and outline levels, so Word lists them as headings and a table of contents
 * can use them; text is Times New Roman 13 as in administrative documents.
 */
public final class QuarterlyReportDocx {

    private static final String FONT = "Times New Roman";

    private QuarterlyReportDocx() {
    }

    public static byte[] write(Letterhead letterhead, Issue issue, String subject, List<DocBlock> blocks) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocStyles.define(document);
            OfficialLayout.page(document);
            OfficialLayout.heading(document, letterhead, issue, subject);
            document.getProperties().getCoreProperties().setTitle(letterhead.kind() + " " + subject);
            for (DocBlock block : blocks) {
                if (block instanceof DocBlock.Heading heading) {
                    XWPFParagraph paragraph = document.createParagraph();
                    paragraph.setStyle(heading.level() <= 1 ? DocStyles.HEADING_1 : DocStyles.HEADING_2);
                    run(paragraph, heading.text(), true, 13);
                } else if (block instanceof DocBlock.Paragraph text) {
                    for (String line : text.text().split("\\R")) {
                        XWPFParagraph paragraph = document.createParagraph();
                        paragraph.setAlignment(ParagraphAlignment.BOTH);
                        run(paragraph, line, false, 13);
                    }
                } else if (block instanceof DocBlock.Table table) {
                    table(document, table.rows());
                }
            }
            OfficialLayout.closing(document, letterhead, issue);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
    }

    private static void table(XWPFDocument document, List<List<String>> rows) {
        int columns = rows.get(0).size();
        XWPFTable table = document.createTable(rows.size(), columns);
        table.setWidth("100%");
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < columns; c++) {
                XWPFParagraph paragraph = row.getCell(c).getParagraphs().get(0);
                if (c > 0) {
                    paragraph.setAlignment(ParagraphAlignment.RIGHT);
                }
                run(paragraph, rows.get(r).get(c), r == 0, 12);
            }
        }
        document.createParagraph();
    }
}
