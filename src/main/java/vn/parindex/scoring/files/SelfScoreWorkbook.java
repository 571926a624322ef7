package vn.parindex.scoring.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.common.ValidationException;
import vn.parindex.office.workbook.Cells;
import vn.parindex.office.workbook.SheetInput;
import vn.parindex.office.workbook.SheetRow;
import vn.parindex.office.workbook.SheetStyles;
import vn.parindex.office.workbook.UploadLimits;
import vn.parindex.office.workbook.UploadedWorkbook;
import vn.parindex.scoring.ScoreSheetRow;

/**
 * A unit's self-score sheet as a workbook: exactly the unit's items, the yellow columns to fill (score, not
 * applicable, evidence, explanation), the rest locked. Reading it back gives the rows as the form would submit
 * them, each with its row number.
 */
public final class SelfScoreWorkbook {

    public static final String SHEET = "Tự chấm điểm";
    static final int HEADER_ROW = 3;
    static final List<String> HEADERS = List.of("Mã", "Tiêu chí", "Điểm tối đa", "Cách tính điểm, tài liệu kiểm chứng",
            "Được chọn không áp dụng", "Điểm tự đánh giá", "Không áp dụng", "Tài liệu kiểm chứng", "Giải trình");
    static final int CODE = 0;
    static final int SCORE = 5;
    static final int NOT_APPLICABLE = 6;
    static final int EVIDENCE = 7;
    static final int EXPLANATION = 8;

    private SelfScoreWorkbook() {
    }

    /** The rows read back: what the form submits, and the sheet row each came from. */
    public record Filled(List<Map<String, Object>> rows, List<Integer> rowNumbers) {
        public String place(int index) {
            return "Sheet '" + SHEET + "', dòng " + rowNumbers.get(index) + ": ";
        }
    }

    public static byte[] template(String title, String subtitle, List<ScoreSheetRow> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetStyles styles = new SheetStyles(workbook);
            XSSFSheet sheet = workbook.createSheet(SHEET);
            Cells.text(sheet.createRow(0), 0, title, styles.title, styles);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
            Cells.text(sheet.createRow(1), 0, subtitle, styles.title, styles);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, HEADERS.size() - 1));
            Cells.headers(sheet, HEADER_ROW - 1, HEADERS, styles);
            int index = HEADER_ROW;
            for (ScoreSheetRow item : rows) {
                Row row = sheet.createRow(index++);
                Cells.text(row, CODE, item.code(), styles.text, styles);
                Cells.text(row, 1, item.name(), styles.text, styles);
                Cells.number(row, 2, item.maxPoints(), styles.number);
                Cells.text(row, 3, item.guidance() + (item.evidenceRequirement() == null ? ""
                        : "\nTài liệu kiểm chứng: " + item.evidenceRequirement()), styles.text, styles);
                Cells.text(row, 4, Cells.yesNo(item.naAllowed()), styles.text, styles);
                Cells.number(row, SCORE, item.notApplicable() ? null : item.score(), styles.input);
                Cells.text(row, NOT_APPLICABLE, item.notApplicable() ? "Có" : "", styles.input, styles);
                Cells.text(row, EVIDENCE, item.evidenceRef(), styles.input, styles);
                Cells.text(row, EXPLANATION, item.explanation(), styles.input, styles);
            }
            int[] widths = {9, 45, 9, 45, 11, 11, 10, 35, 45};
            for (int column = 0; column < widths.length; column++) {
                sheet.setColumnWidth(column, widths[column] * 256);
            }
            DataValidationHelper helper = sheet.getDataValidationHelper();
            if (!rows.isEmpty()) {
                sheet.addValidationData(helper.createValidation(helper.createExplicitListConstraint(new String[] {"Có"}),
                        new CellRangeAddressList(HEADER_ROW, index - 1, NOT_APPLICABLE, NOT_APPLICABLE)));
            }
            sheet.createFreezePane(2, HEADER_ROW);
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW - 1, HEADER_ROW - 1, -1, -1));
            // codes, names and maxima are the year's data: locked, so a row cannot be turned into another item
            sheet.protectSheet("");
            sheet.lockFormatColumns(false);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Filled read(byte[] bytes, UploadLimits limits) {
        UploadedWorkbook workbook = UploadedWorkbook.read(bytes, limits, List.of(SHEET));
        List<String> problems = new ArrayList<>();
        SheetInput input = new SheetInput(workbook.require(SHEET), problems);
        if (input.headers(HEADER_ROW, HEADERS)) {
            input.noMergedCells(HEADER_ROW);
        }
        ValidationException.throwIfAny(problems);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (SheetRow row : input.dataRows(HEADER_ROW)) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("code", input.text(row, CODE, "mã tiêu chí", true, 20));
            values.put("score", input.raw(row, SCORE));
            values.put("notApplicable", Boolean.TRUE.equals(input.yesNo(row, NOT_APPLICABLE, "cột không áp dụng", false)));
            values.put("evidenceRef", input.raw(row, EVIDENCE));
            values.put("explanation", input.raw(row, EXPLANATION));
            rows.add(values);
            numbers.add(row.number());
        }
        ValidationException.throwIfAny(problems);
        return new Filled(rows, numbers);
    }
}
