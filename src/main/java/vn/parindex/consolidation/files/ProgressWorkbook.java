package vn.parindex.consolidation.files;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.parindex.office.workbook.Cells;
import vn.parindex.office.workbook.PrintedSheets;

/** The progress and overdue list per unit and phase, as .xlsx; late rows in bold. */
public final class ProgressWorkbook {

    public static final String SHEET = "Tiến độ";
    public static final List<String> HEADERS = List.of("STT", "Mã đơn vị", "Đơn vị", "Giai đoạn", "Hạn nộp",
            "Nộp lần đầu", "Số lần nộp", "Trạng thái", "Sở Nội vụ chấp nhận", "Số ngày làm việc trễ", "Ghi chú");
    private static final int[] WIDTHS = {6, 11, 36, 18, 17, 17, 9, 24, 17, 12, 26};

    private ProgressWorkbook() {
    }

    public static byte[] write(String title, String subtitle, List<ProgressLine> lines) {
        return PrintedSheets.write((workbook, styles) -> {
            Sheet sheet = workbook.createSheet(SHEET);
            PrintedSheets.begin(sheet, WIDTHS, title, subtitle, HEADERS, styles);
            int index = PrintedSheets.HEADER_ROW_INDEX + 1;
            for (ProgressLine line : lines) {
                Row row = sheet.createRow(index);
                boolean late = line.workingDaysLate() > 0;
                var text = late ? styles.boldText : styles.text;
                Cells.number(row, 0, BigDecimal.valueOf(index - PrintedSheets.HEADER_ROW_INDEX), styles.number);
                Cells.text(row, 1, line.unitCode(), text, styles);
                Cells.text(row, 2, line.unitName(), text, styles);
                Cells.text(row, 3, line.phase(), text, styles);
                Cells.text(row, 4, line.dueText(), text, styles);
                Cells.text(row, 5, line.firstSubmittedText(), text, styles);
                Cells.number(row, 6, BigDecimal.valueOf(line.submissions()), styles.number);
                Cells.text(row, 7, line.status(), text, styles);
                Cells.text(row, 8, line.acceptedText(), text, styles);
                Cells.number(row, 9, BigDecimal.valueOf(line.workingDaysLate()), late ? styles.boldNumber : styles.number);
                Cells.text(row, 10, line.note(), text, styles);
                index++;
            }
            sheet.setAutoFilter(new CellRangeAddress(PrintedSheets.HEADER_ROW_INDEX,
                    Math.max(PrintedSheets.HEADER_ROW_INDEX, index - 1), 0, HEADERS.size() - 1));
            PrintedSheets.finish(sheet, 3);
        });
    }
}
