package vn.parindex.office.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The province's printed tables: written with the streaming API (rows go to a temporary file, a window of 100 stays
 * in memory), a title and subtitle over a header row that is frozen and repeated on every printed A4 landscape page.
 */
public final class PrintedSheets {

    /** Rows above the data: title, subtitle, blank, header. */
    public static final int HEADER_ROW_INDEX = 3;

    private PrintedSheets() {
    }

    public static byte[] write(BiConsumer<Workbook, SheetStyles> content) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(workbook, new SheetStyles(workbook));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    /** Column widths (in characters), title, subtitle and the header row; data starts below {@link #HEADER_ROW_INDEX}. */
    public static void begin(Sheet sheet, int[] widths, String title, String subtitle, List<String> headers,
                             SheetStyles styles) {
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, widths[column] * 256);
        }
        Cells.text(sheet.createRow(0), 0, title, styles.title, styles);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
        Cells.text(sheet.createRow(1), 0, subtitle, styles.text, styles);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, headers.size() - 1));
        Cells.headers(sheet, HEADER_ROW_INDEX, headers, styles);
    }

    /** Frozen header (and {@code frozenColumns}), print titles, A4 landscape one page wide. */
    public static void finish(Sheet sheet, int frozenColumns) {
        sheet.createFreezePane(frozenColumns, HEADER_ROW_INDEX + 1);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW_INDEX, HEADER_ROW_INDEX, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
    }
}
