package vn.parindex.office.word;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Text, tables and page size of our Word documents, in the administrative style (Nghị định 30/2020: Times New Roman,
 * 13 pt in the body, 12 pt in tables, A4).
 */
public final class WordText {

    public static final String FONT = "Times New Roman";
    public static final int SIZE = 13;
    private static final int TABLE_SIZE = 12;

    private WordText() {
    }

    /** A paragraph; line breaks in the text become breaks inside it. */
    public static XWPFParagraph paragraph(XWPFDocument document, String text, boolean bold, ParagraphAlignment align) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(align);
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = run(paragraph, lines[i], bold);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
        return paragraph;
    }

    public static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(SIZE);
        run.setBold(bold);
        run.setText(text);
        return run;
    }

    /** A full-width table with a bold header row repeated on every page. */
    public static XWPFTable table(XWPFDocument document, List<String> headers) {
        XWPFTable table = document.createTable(1, headers.size());
        table.setWidth("100%");
        for (int column = 0; column < headers.size(); column++) {
            cellText(table.getRow(0), column, headers.get(column), true);
        }
        table.getRow(0).setRepeatHeader(true);
        return table;
    }

    public static void row(XWPFTable table, boolean bold, String... values) {
        XWPFTableRow row = table.createRow();
        for (int column = 0; column < values.length; column++) {
            cellText(row, column, values[column], bold);
        }
    }

    private static void cellText(XWPFTableRow row, int column, String text, boolean bold) {
        var cell = row.getCell(column);
        XWPFParagraph paragraph = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        run(paragraph, text == null ? "" : text, bold).setFontSize(TABLE_SIZE);
    }

    public static void a4(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
    }
}
