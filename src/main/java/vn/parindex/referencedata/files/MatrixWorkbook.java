package vn.parindex.referencedata.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.orgdirectory.OrgUnit;
import vn.parindex.referencedata.MatrixTable;
import vn.parindex.office.workbook.Cells;
import vn.parindex.office.workbook.InfoSheetWriter;
import vn.parindex.office.workbook.SheetStyles;

/**
 * A year's responsibility matrix as a workbook: sheet 'Thông tin' (year, criteria set), sheet 'Phân công' (item →
 * lead unit, cooperating units; the item's name is there to read and ignored on import) and sheet 'Đơn vị' (the
 * unit codes to use, for reference).
 */
final class MatrixWorkbook {

    static final String INFO_SHEET = "Thông tin";
    static final String MATRIX_SHEET = "Phân công";
    static final String UNITS_SHEET = "Đơn vị";
    static final List<String> MATRIX_HEADERS = List.of("Mã tiêu chí", "Tên tiêu chí", "Đơn vị chủ trì",
            "Đơn vị phối hợp");
    static final String LABEL_YEAR = "Năm đánh giá";
    static final String LABEL_SET = "Mã bộ tiêu chí";
    static final int ITEM = 0;
    static final int NAME = 1;
    static final int LEAD = 2;
    static final int COOPERATING = 3;

    private MatrixWorkbook() {
    }

    static byte[] write(MatrixTable table, Map<String, String> itemNames, List<OrgUnit> units) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetStyles styles = new SheetStyles(workbook);
            new InfoSheetWriter(workbook.createSheet(INFO_SHEET), styles)
                    .number(LABEL_YEAR, BigDecimal.valueOf(table.year()))
                    .text(LABEL_SET, table.criteriaSetCode())
                    .widths(24, 24);

            Sheet matrix = workbook.createSheet(MATRIX_SHEET);
            Cells.headers(matrix, 0, MATRIX_HEADERS, styles);
            int index = 1;
            for (MatrixTable.Row entry : table.rows()) {
                Row row = matrix.createRow(index++);
                Cells.text(row, ITEM, entry.itemCode(), styles.text, styles);
                Cells.text(row, NAME, itemNames.get(entry.itemCode()), styles.text, styles);
                Cells.text(row, LEAD, entry.leadUnitCode(), styles.text, styles);
                Cells.text(row, COOPERATING, String.join(", ", entry.cooperatingUnitCodes()), styles.text, styles);
            }
            matrix.setColumnWidth(ITEM, 12 * 256);
            matrix.setColumnWidth(NAME, 70 * 256);
            matrix.setColumnWidth(LEAD, 16 * 256);
            matrix.setColumnWidth(COOPERATING, 30 * 256);
            matrix.createFreezePane(0, 1);

            Sheet unitSheet = workbook.createSheet(UNITS_SHEET);
            Cells.headers(unitSheet, 0, List.of("Mã đơn vị", "Tên đơn vị", "Hiệu lực từ", "Hiệu lực đến"), styles);
            index = 1;
            for (OrgUnit unit : units) {
                Row row = unitSheet.createRow(index++);
                Cells.text(row, 0, unit.code(), styles.text, styles);
                Cells.text(row, 1, unit.name(), styles.text, styles);
                Cells.text(row, 2, vn.parindex.common.VietnameseFormat.date(unit.validFrom()), styles.text, styles);
                Cells.text(row, 3, vn.parindex.common.VietnameseFormat.date(unit.validTo()), styles.text, styles);
            }
            unitSheet.setColumnWidth(1, 60 * 256);
            unitSheet.setColumnWidth(2, 14 * 256);
            unitSheet.setColumnWidth(3, 14 * 256);
            workbook.setActiveSheet(1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
