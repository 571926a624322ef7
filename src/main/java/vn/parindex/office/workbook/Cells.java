package vn.parindex.office.workbook;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Writing cells: text is always a text cell, and text that a spreadsheet could take for a formula is quoted. */
public final class Cells {

    private Cells() {
    }

    /** =, +, -, @ start a formula in Excel and LibreOffice; tab and carriage return are used to smuggle one in. */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    public static Cell text(Row row, int column, String value, CellStyle style, SheetStyles styles) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(looksLikeFormula(value) ? styles.quoted(style) : style);
        if (value != null) {
            cell.setCellValue(value);
        }
        return cell;
    }

    public static Cell number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        return cell;
    }

    public static String yesNo(Boolean value) {
        return value == null ? "" : value ? "Có" : "Không";
    }

    /** A row of column headings; {@code index} counts from 0. */
    public static Row headers(Sheet sheet, int index, List<String> headings, SheetStyles styles) {
        Row row = sheet.createRow(index);
        for (int column = 0; column < headings.size(); column++) {
            text(row, column, headings.get(column), styles.header, styles);
        }
        return row;
    }
}
