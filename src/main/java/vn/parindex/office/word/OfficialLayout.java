package vn.parindex.office.word;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The layout of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): A4 with the decree's margins, the
 * two-column header (issuing body | national title and motto, each with its line; number | place and date in
 * italics), the kind and subject centred in bold, and at the end the recipients beside the signer's block. The
 * texts come from a {@link Letterhead} (data) and an {@link Issue} (what was recorded); nothing here names a
 * province.
 */
public final class OfficialLayout {

    public static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** Twips (1/1440 inch): 1 mm = 56.7 twips. A4 is 210 × 297 mm. */
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    static final int MARGIN_TOP = 1134;     // 20 mm
    static final int MARGIN_BOTTOM = 1134;  // 20 mm
    static final int MARGIN_LEFT = 1701;    // 30 mm
    static final int MARGIN_RIGHT = 850;    // 15 mm
    private static final int TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int LEFT_COLUMN = 3800;
    private static final String BLANK_NUMBER = "       ";

    private OfficialLayout() {
    }

    /** A4 portrait, margins top/bottom 20 mm, left 30 mm, right 15 mm. Call once, before or after the body. */
    public static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(720));
        margins.setFooter(BigInteger.valueOf(720));
    }

    /** The header table, then the kind and the subject (trích yếu) with its short line. */
    public static void heading(XWPFDocument document, Letterhead letterhead, Issue issue, String subject) {
        XWPFTable header = borderless(document, 2, LEFT_COLUMN);
        XWPFTableCell body = header.getRow(0).getCell(0);
        XWPFParagraph first = null;
        for (String line : letterhead.parentBody()) {
            first = line(body, first, upper(line), false, false, 13);
        }
        for (String line : letterhead.issuingBody()) {
            first = line(body, first, upper(line), true, false, 13);
        }
        rule(body.addParagraph(), LEFT_COLUMN, 0.35);
        XWPFTableCell nation = header.getRow(0).getCell(1);
        XWPFParagraph title = line(nation, null, NATIONAL_TITLE, true, false, 13);
        line(nation, title, MOTTO, true, false, 14);
        rule(nation.addParagraph(), TEXT_WIDTH - LEFT_COLUMN, 0.62);

        line(header.getRow(1).getCell(0), null, "Số: " + number(issue.number(), letterhead.symbol()), false, false, 13);
        line(header.getRow(1).getCell(1), null, letterhead.place() + ", " + dateLine(issue), false, true, 14);

        XWPFParagraph kind = document.createParagraph();
        kind.setAlignment(ParagraphAlignment.CENTER);
        kind.setSpacingBefore(360);
        if (document.getStyles() != null && document.getStyles().styleExist(DocStyles.TITLE)) {
            kind.setStyle(DocStyles.TITLE);
        }
        text(kind, upper(letterhead.kind()), true, false, 14);
        XWPFParagraph trichYeu = document.createParagraph();
        trichYeu.setAlignment(ParagraphAlignment.CENTER);
        text(trichYeu, subject, true, false, 14);
        rule(document.createParagraph(), TEXT_WIDTH, 0.25);
    }

    /** "Nơi nhận:" with its list on the left, the signer's block on the right (name once recorded). */
    public static void closing(XWPFDocument document, Letterhead letterhead, Issue issue) {
        XWPFTable closing = borderless(document, 1, TEXT_WIDTH / 2);
        XWPFTableCell left = closing.getRow(0).getCell(0);
        XWPFParagraph label = line(left, null, "Nơi nhận:", true, true, 12, ParagraphAlignment.LEFT);
        List<String> recipients = letterhead.recipients();
        for (int i = 0; i < recipients.size(); i++) {
            String recipient = recipients.get(i).strip().replaceAll("[;.]+$", "");
            line(left, label, "- " + recipient + (i == recipients.size() - 1 ? "." : ";"), false, false, 11,
                    ParagraphAlignment.LEFT);
        }
        XWPFTableCell right = closing.getRow(0).getCell(1);
        XWPFParagraph previous = null;
        for (String line : letterhead.signerBlock(issue)) {
            previous = line(right, previous, upper(line), true, false, 14);
        }
        for (int i = 0; i < 4; i++) {
            previous = line(right, previous, "", false, false, 14);
        }
        line(right, previous, issue.signerName() == null ? "" : issue.signerName(), true, false, 14);
    }

    /** "58/BC-UBND" as recorded, or the recorded number with the symbol, or the blank before the symbol. */
    static String number(String recorded, String symbol) {
        if (recorded == null || recorded.isBlank()) {
            return BLANK_NUMBER + "/" + symbol;
        }
        String number = recorded.strip();
        if (number.contains("/")) {
            return number;
        }
        return (number.matches("\\d") ? "0" + number : number) + "/" + symbol;
    }

    /** "ngày 05 tháng 3 năm 2026" (days below 10 and months 1–2 with a leading 0), or the blanks of a draft. */
    static String dateLine(Issue issue) {
        if (issue.date() == null) {
            return "ngày      tháng      năm " + issue.draftYear();
        }
        int month = issue.date().getMonthValue();
        return "ngày " + String.format("%02d", issue.date().getDayOfMonth()) + " tháng "
                + (month <= 2 ? String.format("%02d", month) : String.valueOf(month)) + " năm " + issue.date().getYear();
    }

    private static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }

    private static XWPFTable borderless(XWPFDocument document, int rows, int firstColumnTwips) {
        XWPFTable table = document.createTable(rows + 1, 2);
        table.removeRow(rows);
        table.removeBorders();
        CTTblWidth width = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
                : table.getCTTbl().getTblPr().addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(TEXT_WIDTH));
        for (int r = 0; r < rows; r++) {
            table.getRow(r).getCell(0).setWidth(String.valueOf(firstColumnTwips));
            table.getRow(r).getCell(1).setWidth(String.valueOf(TEXT_WIDTH - firstColumnTwips));
        }
        return table;
    }

    /** A centred line in a cell: the cell's first (empty) paragraph when {@code previous} is null, else a new one. */
    private static XWPFParagraph line(XWPFTableCell cell, XWPFParagraph previous, String text, boolean bold,
                                      boolean italic, int size) {
        return line(cell, previous, text, bold, italic, size, ParagraphAlignment.CENTER);
    }

    private static XWPFParagraph line(XWPFTableCell cell, XWPFParagraph previous, String text, boolean bold,
                                      boolean italic, int size, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = previous == null ? cell.getParagraphs().get(0) : cell.addParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        text(paragraph, text, bold, italic, size);
        return paragraph;
    }

    private static XWPFRun text(XWPFParagraph paragraph, String text, boolean bold, boolean italic, int size) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(WordText.FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }

    /** A short solid line: an empty paragraph with a bottom border, indented to {@code share} of the width. */
    private static void rule(XWPFParagraph paragraph, int widthTwips, double share) {
        int indent = (int) Math.round(widthTwips * (1 - share) / 2);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setIndentationLeft(indent);
        paragraph.setIndentationRight(indent);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(120);
        paragraph.setBorderBottom(Borders.SINGLE);
        XWPFRun run = paragraph.createRun();
        run.setFontSize(2);
    }
}
