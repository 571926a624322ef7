package vn.parindex.office.workbook;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Writes a "label | value" sheet (header 'Mục', 'Giá trị') that {@link InfoSheet} reads back. */
public final class InfoSheetWriter {

    private final Sheet sheet;
    private final SheetStyles styles;
    private int next = 1;

    /** Starts the sheet with its header row. */
    public InfoSheetWriter(Sheet sheet, SheetStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
        Cells.headers(sheet, 0, InfoSheet.HEADERS, styles);
    }

    /** A line with a text value in plain style. */
    public InfoSheetWriter text(String label, String value) {
        return text(label, value, styles.text);
    }

    /** A line with a text value in the given style (e.g. an input cell the user fills). */
    public InfoSheetWriter text(String label, String value, CellStyle style) {
        Cells.text(label(label), 1, value, style, styles);
        return this;
    }

    public InfoSheetWriter number(String label, BigDecimal value) {
        Cells.number(label(label), 1, value, styles.number);
        return this;
    }

    /** Column widths in characters: the labels, then the values. */
    public void widths(int labelChars, int valueChars) {
        sheet.setColumnWidth(0, labelChars * 256);
        sheet.setColumnWidth(1, valueChars * 256);
    }

    private Row label(String label) {
        Row row = sheet.createRow(next++);
        Cells.text(row, 0, label, styles.boldText, styles);
        return row;
    }
}
