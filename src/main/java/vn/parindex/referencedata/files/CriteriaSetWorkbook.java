package vn.parindex.referencedata.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.referencedata.CriteriaTable;
import vn.parindex.office.workbook.Cells;
import vn.parindex.office.workbook.InfoSheetWriter;
import vn.parindex.office.workbook.SheetStyles;

/**
 * The official criteria table as a workbook: sheet 'Thông tin' (the set's header, label and value) and sheet
 * 'Tiêu chí' (one row per field, criterion and sub-criterion, in tree order). Import reads the same layout.
 */
final class CriteriaSetWorkbook {

    static final String INFO_SHEET = "Thông tin";
    static final String ITEMS_SHEET = "Tiêu chí";
    static final List<String> ITEM_HEADERS = List.of("Mã", "Tên tiêu chí", "Điểm tối đa", "Cách chấm điểm",
            "Tài liệu kiểm chứng", "Điều tra xã hội học", "Cho phép không áp dụng", "Hướng dẫn cách tính điểm");
    static final int CODE = 0;
    static final int NAME = 1;
    static final int MAX = 2;
    static final int METHOD = 3;
    static final int EVIDENCE = 4;
    static final int SURVEY = 5;
    static final int NA_ALLOWED = 6;
    static final int GUIDANCE = 7;

    static final String LABEL_NAME = "Tên bộ tiêu chí";
    static final String LABEL_DECISION = "Căn cứ (quyết định)";
    static final String LABEL_TOTAL = "Tổng điểm";
    static final String LABEL_SURVEY = "Điểm điều tra xã hội học";
    static final String LABEL_PARENTS_SUM = "Điểm tiêu chí cha bằng tổng điểm tiêu chí con";
    static final String LABEL_SAMPLE = "Bản mẫu";
    static final String LABEL_SAMPLE_NOTE = "Ghi chú bản mẫu";

    /** Scoring methods as officers read them; the English codes are accepted on import too. */
    static final Map<String, String> METHOD_LABELS = Map.of(
            "BINARY", "Có/Không",
            "PROPORTIONAL", "Theo tỷ lệ",
            "GRADED", "Theo mức",
            "MANUAL", "Chấm theo đánh giá",
            "SURVEY", "Điều tra xã hội học");

    private CriteriaSetWorkbook() {
    }

    static byte[] write(CriteriaTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetStyles styles = new SheetStyles(workbook);
            writeInfo(workbook.createSheet(INFO_SHEET), table, styles);
            writeItems(workbook.createSheet(ITEMS_SHEET), table, styles);
            workbook.setActiveSheet(1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeInfo(Sheet sheet, CriteriaTable table, SheetStyles styles) {
        new InfoSheetWriter(sheet, styles)
                .text(LABEL_NAME, table.name())
                .text(LABEL_DECISION, table.decision())
                .number(LABEL_TOTAL, table.totalPoints())
                .number(LABEL_SURVEY, table.surveyPoints())
                .text(LABEL_PARENTS_SUM, Cells.yesNo(table.parentsSumChildren()))
                .text(LABEL_SAMPLE, Cells.yesNo(table.sample()))
                .text(LABEL_SAMPLE_NOTE, table.sampleNote())
                .widths(48, 90);
    }

    private static void writeItems(Sheet sheet, CriteriaTable table, SheetStyles styles) {
        Cells.headers(sheet, 0, ITEM_HEADERS, styles);
        int index = 1;
        for (CriteriaTable.Row item : table.rows()) {
            Row row = sheet.createRow(index++);
            boolean field = !item.code().contains(".");
            Cells.text(row, CODE, item.code(), field ? styles.boldText : styles.text, styles);
            Cells.text(row, NAME, item.name(), field ? styles.boldText : styles.text, styles);
            Cells.number(row, MAX, item.maxPoints(), field ? styles.boldNumber : styles.number);
            Cells.text(row, METHOD, item.scoringMethod() == null ? null : METHOD_LABELS.get(item.scoringMethod()),
                    styles.text, styles);
            Cells.text(row, EVIDENCE, item.evidence(), styles.text, styles);
            Cells.text(row, SURVEY, item.selfScored() == null ? null : Cells.yesNo(!item.selfScored()), styles.text, styles);
            Cells.text(row, NA_ALLOWED, Cells.yesNo(item.naAllowed()), styles.text, styles);
            Cells.text(row, GUIDANCE, item.guidance(), styles.text, styles);
        }
        int[] widths = {10, 60, 12, 20, 40, 14, 14, 60};
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, widths[column] * 256);
        }
        sheet.createFreezePane(2, 1);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int last = Math.max(index + 200, 300);
        sheet.addValidationData(helper.createValidation(helper.createExplicitListConstraint(
                METHOD_LABELS.values().stream().sorted().toArray(String[]::new)),
                new CellRangeAddressList(1, last, METHOD, METHOD)));
        sheet.addValidationData(helper.createValidation(helper.createExplicitListConstraint(new String[] {"Có", "Không"}),
                new CellRangeAddressList(1, last, SURVEY, NA_ALLOWED)));
    }
}
