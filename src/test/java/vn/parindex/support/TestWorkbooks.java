package vn.parindex.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Opening generated files with POI, and changing them the way a user in Excel would. */
public final class TestWorkbooks {

    private TestWorkbooks() {
    }

    public static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] edit(byte[] bytes, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook workbook = open(bytes); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell at an Excel row number (from 1) and column index (from 0), created when missing. */
    public static Cell cell(Sheet sheet, int rowNumber, int column) {
        Row row = sheet.getRow(rowNumber - 1) == null ? sheet.createRow(rowNumber - 1) : sheet.getRow(rowNumber - 1);
        return row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
    }

    public static String text(Sheet sheet, int rowNumber, int column) {
        Row row = sheet.getRow(rowNumber - 1);
        Cell cell = row == null ? null : row.getCell(column);
        return cell == null ? null : cell.getStringCellValue();
    }

    public static double number(Sheet sheet, int rowNumber, int column) {
        return sheet.getRow(rowNumber - 1).getCell(column).getNumericCellValue();
    }
}
