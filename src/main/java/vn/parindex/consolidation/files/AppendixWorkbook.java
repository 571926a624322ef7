package vn.parindex.consolidation.files;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import vn.parindex.office.workbook.Cells;
import vn.parindex.office.workbook.PrintedSheets;
import vn.parindex.office.workbook.SheetStyles;

/** The scoring table "Phụ lục" as .xlsx: one sheet per province (the real file has one). */
public final class AppendixWorkbook {

    public static final List<String> HEADERS = List.of("Mã", "Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá",
            "Tài liệu kiểm chứng", "Giải trình", "Đơn vị chủ trì", "Trạng thái");
    private static final int[] WIDTHS = {9, 50, 10, 11, 32, 40, 24, 22};

    private AppendixWorkbook() {
    }

    public static byte[] write(List<AppendixSheet> sheets) {
        return PrintedSheets.write((workbook, styles) -> sheets.forEach(appendix ->
                writeSheet(workbook.createSheet(appendix.sheetName()), appendix, styles)));
    }

    private static void writeSheet(Sheet sheet, AppendixSheet appendix, SheetStyles styles) {
        PrintedSheets.begin(sheet, WIDTHS, appendix.title(), appendix.subtitle(), HEADERS, styles);
        int index = PrintedSheets.HEADER_ROW_INDEX + 1;
        for (AppendixLine line : appendix.lines()) {
            Row row = sheet.createRow(index++);
            boolean bold = line.kind() == AppendixLine.Kind.FIELD || line.kind() == AppendixLine.Kind.TOTAL;
            CellStyle text = bold ? styles.boldText : styles.text;
            CellStyle number = bold ? styles.boldNumber : styles.number;
            Cells.text(row, 0, line.code(), text, styles);
            Cells.text(row, 1, line.name(), text, styles);
            Cells.number(row, 2, line.maxPoints(), number);
            if (line.notApplicable()) {
                Cells.text(row, 3, "Không áp dụng", text, styles);
            } else {
                Cells.number(row, 3, line.selfScore(), number);
            }
            Cells.text(row, 4, line.evidence(), text, styles);
            Cells.text(row, 5, line.explanation(), text, styles);
            Cells.text(row, 6, line.responsible(), text, styles);
            Cells.text(row, 7, line.status(), text, styles);
        }
        PrintedSheets.finish(sheet, 2);
    }
}
