package vn.parindex.results.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.criteria.Criterion;
import vn.parindex.office.workbook.Cells;
import vn.parindex.office.workbook.InfoSheetWriter;
import vn.parindex.office.workbook.SheetStyles;

/**
 * The Ministry's results of a year as a workbook: sheet 'Thông tin' (year, criteria set, the publishing document, its
 * date, a note) and sheet 'Kết quả', one row per item the Ministry scores with its maximum and the province's
 * self-score (to read; ignored on import) and two columns to fill: the appraised score of a self-scored item, the
 * survey score of a survey item. Prefilled with the latest entry, so a download is also an export.
 */
final class MinistryResultsWorkbook {

    static final String INFO_SHEET = "Thông tin";
    static final String RESULTS_SHEET = "Kết quả";
    static final List<String> HEADERS = List.of("Mã tiêu chí", "Tên tiêu chí", "Loại", "Điểm tối đa", "Điểm tự chấm",
            "Điểm thẩm định", "Điểm điều tra XHH");
    static final String LABEL_YEAR = "Năm đánh giá";
    static final String LABEL_SET = "Mã bộ tiêu chí";
    static final String LABEL_DECISION = "Văn bản công bố kết quả";
    static final String LABEL_PUBLISHED = "Ngày công bố (ngày/tháng/năm)";
    static final String LABEL_NOTE = "Ghi chú";
    static final String APPRAISED_KIND = "Thẩm định";
    static final String SURVEY_KIND = "Điều tra XHH";
    static final int CODE = 0;
    static final int APPRAISED = 5;
    static final int SURVEY = 6;

    /** What the template is filled with. */
    record Content(int year, String criteriaSetCode, List<Criterion> items, Map<String, BigDecimal> selfScores,
                   Map<String, BigDecimal> ministryScores, String decisionRef, String publishedOn, String note) {
    }

    private MinistryResultsWorkbook() {
    }

    static byte[] write(Content content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetStyles styles = new SheetStyles(workbook);
            new InfoSheetWriter(workbook.createSheet(INFO_SHEET), styles)
                    .number(LABEL_YEAR, BigDecimal.valueOf(content.year()))
                    .text(LABEL_SET, content.criteriaSetCode())
                    .text(LABEL_DECISION, content.decisionRef(), styles.input)
                    .text(LABEL_PUBLISHED, content.publishedOn(), styles.quoted(styles.input))
                    .text(LABEL_NOTE, content.note(), styles.input)
                    .widths(32, 60);

            Sheet results = workbook.createSheet(RESULTS_SHEET);
            Cells.headers(results, 0, HEADERS, styles);
            int index = 1;
            for (Criterion item : content.items()) {
                boolean survey = !Boolean.TRUE.equals(item.selfScored());
                Row row = results.createRow(index++);
                Cells.text(row, CODE, item.code(), styles.text, styles);
                Cells.text(row, 1, item.name(), styles.text, styles);
                Cells.text(row, 2, survey ? SURVEY_KIND : APPRAISED_KIND, styles.text, styles);
                Cells.number(row, 3, item.maxPoints(), styles.number);
                Cells.number(row, 4, survey ? null : content.selfScores().get(item.code()), styles.number);
                BigDecimal score = content.ministryScores().get(item.code());
                Cells.number(row, APPRAISED, survey ? null : score, survey ? styles.number : styles.input);
                Cells.number(row, SURVEY, survey ? score : null, survey ? styles.input : styles.number);
            }
            int[] widths = {12, 70, 14, 12, 12, 15, 17};
            for (int column = 0; column < widths.length; column++) {
                results.setColumnWidth(column, widths[column] * 256);
            }
            results.createFreezePane(1, 1);
            workbook.setActiveSheet(1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
