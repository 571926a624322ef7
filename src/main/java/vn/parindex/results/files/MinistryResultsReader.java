package vn.parindex.results.files;

import static vn.parindex.results.files.MinistryResultsWorkbook.APPRAISED;
import static vn.parindex.results.files.MinistryResultsWorkbook.CODE;
import static vn.parindex.results.files.MinistryResultsWorkbook.SURVEY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import vn.parindex.common.ValidationException;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.criteria.Criterion;
import vn.parindex.office.workbook.InfoSheet;
import vn.parindex.office.workbook.SheetInput;
import vn.parindex.office.workbook.SheetRow;
import vn.parindex.office.workbook.UploadedWorkbook;
import vn.parindex.results.ResultEntry;

/**
 * Reads an uploaded results workbook into a {@link ResultEntry} and checks everything the file can get wrong, each
 * problem with its sheet, row and column: the year and criteria set, unknown or repeated items, a score in the
 * wrong column for the item's kind, not a number, above the item's maximum, items missing. The results service
 * then checks the entry once more, as it does for the page and JSON.
 */
final class MinistryResultsReader {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final List<String> problems = new ArrayList<>();

    private MinistryResultsReader() {
    }

    static ResultEntry read(UploadedWorkbook workbook, int year, String criteriaSetCode, List<Criterion> items) {
        return new MinistryResultsReader().readAll(workbook, year, criteriaSetCode, items);
    }

    private ResultEntry readAll(UploadedWorkbook workbook, int year, String criteriaSetCode, List<Criterion> items) {
        InfoSheet info = new InfoSheet(workbook.require(MinistryResultsWorkbook.INFO_SHEET), problems);
        SheetInput sheet = new SheetInput(workbook.require(MinistryResultsWorkbook.RESULTS_SHEET), problems);
        if (sheet.headers(1, MinistryResultsWorkbook.HEADERS)) {
            sheet.noMergedCells(1);
        }
        ValidationException.throwIfAny(problems);

        BigDecimal fileYear = info.number(MinistryResultsWorkbook.LABEL_YEAR);
        if (fileYear != null && fileYear.compareTo(BigDecimal.valueOf(year)) != 0) {
            problems.add(info.at(MinistryResultsWorkbook.LABEL_YEAR) + "tệp là kết quả năm " + fileYear.toPlainString()
                    + ", không phải năm " + year + ".");
        }
        String setCode = info.text(MinistryResultsWorkbook.LABEL_SET, 40);
        if (setCode != null && !setCode.equals(criteriaSetCode)) {
            problems.add(info.at(MinistryResultsWorkbook.LABEL_SET) + "tệp theo bộ tiêu chí " + setCode
                    + ", kỳ đánh giá năm " + year + " dùng bộ tiêu chí " + criteriaSetCode + ".");
        }
        String decisionRef = info.text(MinistryResultsWorkbook.LABEL_DECISION, 300);
        String publishedOn = publishedOn(info);
        String note = info.optionalText(MinistryResultsWorkbook.LABEL_NOTE, 2000);

        Map<String, Criterion> byCode = new LinkedHashMap<>();
        items.forEach(item -> byCode.put(item.code(), item));
        Map<String, Integer> seenAt = new HashMap<>();
        List<ResultEntry.Item> scores = new ArrayList<>();
        for (SheetRow row : sheet.dataRows(1)) {
            String code = sheet.text(row, CODE, "mã tiêu chí", true, 20);
            if (code == null) {
                continue;
            }
            Criterion item = byCode.get(code);
            if (item == null) {
                problems.add(sheet.at(row.number(), CODE) + "tiêu chí " + code + " không có trong bộ tiêu chí "
                        + criteriaSetCode + " hoặc không được Bộ Nội vụ chấm điểm.");
                continue;
            }
            Integer earlier = seenAt.putIfAbsent(code, row.number());
            if (earlier != null) {
                problems.add(sheet.at(row.number(), CODE) + "tiêu chí " + code + " đã có ở dòng " + earlier + ".");
                continue;
            }
            boolean survey = !Boolean.TRUE.equals(item.selfScored());
            int filled = survey ? SURVEY : APPRAISED;
            int empty = survey ? APPRAISED : SURVEY;
            if (row.cell(empty) != null) {
                problems.add(sheet.at(row.number(), empty) + "tiêu chí " + code + (survey
                        ? " là tiêu chí điều tra xã hội học: ghi điểm ở cột \"Điểm điều tra XHH\", để trống cột \"Điểm thẩm định\"."
                        : " là tiêu chí thẩm định: ghi điểm ở cột \"Điểm thẩm định\", để trống cột \"Điểm điều tra XHH\"."));
            }
            String label = (survey ? "điểm điều tra XHH" : "điểm thẩm định") + " của tiêu chí " + code;
            BigDecimal score = sheet.nonNegativeNumber(row, filled, label);
            if (score != null && score.compareTo(item.maxPoints()) > 0) {
                problems.add(sheet.at(row.number(), filled) + label + " (" + VietnameseFormat.points(score)
                        + ") vượt điểm tối đa " + VietnameseFormat.points(item.maxPoints()) + ".");
            }
            if (score != null) {
                scores.add(new ResultEntry.Item(code, score));
            }
        }
        List<String> missing = byCode.keySet().stream().filter(code -> !seenAt.containsKey(code)).toList();
        if (!missing.isEmpty()) {
            problems.add("Sheet '" + sheet.name() + "': còn thiếu " + missing.size() + " tiêu chí: "
                    + String.join(", ", missing) + ". Hãy dùng đúng mẫu tải về từ hệ thống.");
        }
        ValidationException.throwIfAny(problems);
        return new ResultEntry(decisionRef, publishedOn, note, scores);
    }

    /** "28/3/2027", "2027-03-28" or a date Excel stores as a number; ISO for the results service. */
    private String publishedOn(InfoSheet info) {
        String label = MinistryResultsWorkbook.LABEL_PUBLISHED;
        if (!info.has(label)) {
            return null;
        }
        Object raw = info.input().raw(rowOf(info, label), 1);
        if (raw == null) {
            return null;
        }
        if (raw instanceof BigDecimal serial) {
            if (serial.signum() > 0 && serial.compareTo(BigDecimal.valueOf(2958465)) < 0) {
                return DateUtil.getLocalDateTime(serial.doubleValue()).toLocalDate().toString();
            }
            problems.add(info.at(label) + "ngày công bố không hợp lệ.");
            return null;
        }
        String text = raw.toString().trim();
        try {
            return (text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text)).toString();
        } catch (DateTimeParseException e) {
            problems.add(info.at(label) + "ngày công bố \"" + text + "\" không phải là ngày hợp lệ (ngày/tháng/năm).");
            return null;
        }
    }

    private static SheetRow rowOf(InfoSheet info, String label) {
        return info.row(label);
    }
}
