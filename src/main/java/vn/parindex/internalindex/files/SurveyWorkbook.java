package vn.parindex.internalindex.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.common.ValidationException;
import vn.parindex.internalindex.SurveyInput;
import vn.parindex.internalindex.SurveyTemplate;
import vn.parindex.office.workbook.CellValue;
import vn.parindex.office.workbook.Cells;
import vn.parindex.office.workbook.SheetInput;
import vn.parindex.office.workbook.SheetRow;
import vn.parindex.office.workbook.SheetStyles;
import vn.parindex.office.workbook.UploadLimits;
import vn.parindex.office.workbook.UploadedWorkbook;

/**
 * The survey results of an internal index period as a workbook. Sheet {@value #ANSWERS}: one row per unit and
 * question (prefilled), the yellow columns to fill: respondents and the number of answers per option. Sheet
 * {@value #OPTIONS}: the answer options with their weights (percent of a question's points). Reading it back gives a
 * {@link SurveyInput} whose places name sheet and row; the internal index checks it against the period.
 */
public final class SurveyWorkbook {

    public static final String ANSWERS = "Kết quả khảo sát";
    public static final String OPTIONS = "Phương án trả lời";
    static final int HEADER_ROW = 3;
    static final int OPTIONS_HEADER_ROW = 1;
    static final List<String> FIXED_HEADERS = List.of("Mã đơn vị", "Tên đơn vị", "Mã câu hỏi", "Câu hỏi", "Điểm tối đa",
            "Số người được khảo sát");
    static final List<String> OPTION_HEADERS = List.of("Mã phương án", "Trọng số (%)");
    static final String ANSWER_HEADER = "Số phiếu ";
    static final int UNIT = 0;
    static final int QUESTION = 2;
    static final int RESPONDENTS = 5;
    static final int FIRST_OPTION = 6;

    private SurveyWorkbook() {
    }

    public static byte[] template(String title, String subtitle, List<SurveyTemplate.UnitQuestions> units,
                                  List<SurveyInput.Option> options) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetStyles styles = new SheetStyles(workbook);
            XSSFSheet sheet = workbook.createSheet(ANSWERS);
            List<String> headers = new ArrayList<>(FIXED_HEADERS);
            options.forEach(option -> headers.add(ANSWER_HEADER + option.code()));
            Cells.text(sheet.createRow(0), 0, title, styles.title, styles);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
            Cells.text(sheet.createRow(1), 0, subtitle, styles.title, styles);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, headers.size() - 1));
            Cells.headers(sheet, HEADER_ROW - 1, headers, styles);
            int index = HEADER_ROW;
            for (SurveyTemplate.UnitQuestions unit : units) {
                for (SurveyTemplate.Question question : unit.questions()) {
                    Row row = sheet.createRow(index++);
                    Cells.text(row, UNIT, unit.unitCode(), styles.text, styles);
                    Cells.text(row, 1, unit.unitName(), styles.text, styles);
                    Cells.text(row, QUESTION, question.code(), styles.text, styles);
                    Cells.text(row, 3, question.text(), styles.text, styles);
                    Cells.number(row, 4, question.maxPoints(), styles.number);
                    for (int column = RESPONDENTS; column < headers.size(); column++) {
                        Cells.number(row, column, null, styles.input);
                    }
                }
            }
            int[] widths = {12, 35, 10, 50, 9, 12};
            for (int column = 0; column < headers.size(); column++) {
                sheet.setColumnWidth(column, (column < widths.length ? widths[column] : 10) * 256);
            }
            sheet.createFreezePane(3, HEADER_ROW);

            XSSFSheet weights = workbook.createSheet(OPTIONS);
            Cells.headers(weights, OPTIONS_HEADER_ROW - 1, OPTION_HEADERS, styles);
            int position = OPTIONS_HEADER_ROW;
            for (SurveyInput.Option option : options) {
                Row row = weights.createRow(position++);
                Cells.text(row, 0, option.code(), styles.input, styles);
                Cells.number(row, 1, option.weight(), styles.input);
            }
            weights.setColumnWidth(0, 16 * 256);
            weights.setColumnWidth(1, 14 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as survey input; a file that does not follow the template is refused with every problem found. */
    public static SurveyInput read(byte[] bytes, UploadLimits limits, String fileName, String sha256) {
        UploadedWorkbook workbook = UploadedWorkbook.read(bytes, limits, List.of(ANSWERS, OPTIONS));
        List<String> problems = new ArrayList<>();
        SheetInput optionsInput = new SheetInput(workbook.require(OPTIONS), problems);
        SheetInput answersInput = new SheetInput(workbook.require(ANSWERS), problems);
        List<SurveyInput.Option> options = new ArrayList<>();
        if (optionsInput.headers(OPTIONS_HEADER_ROW, OPTION_HEADERS)) {
            optionsInput.noMergedCells(OPTIONS_HEADER_ROW);
            for (SheetRow row : optionsInput.dataRows(OPTIONS_HEADER_ROW)) {
                String code = optionsInput.text(row, 0, "mã phương án", true, 10);
                BigDecimal weight = optionsInput.nonNegativeNumber(row, 1, "Trọng số");
                if (code != null && weight != null) {
                    options.add(new SurveyInput.Option(code, weight, place(OPTIONS, row.number())));
                }
            }
        }
        ValidationException.throwIfAny(problems);
        List<String> headers = new ArrayList<>(FIXED_HEADERS);
        options.forEach(option -> headers.add(ANSWER_HEADER + option.code()));
        if (!answersInput.headers(HEADER_ROW, headers)) {
            ValidationException.throwIfAny(problems);
        }
        answersInput.noMergedCells(HEADER_ROW + 1);
        Map<String, Integer> respondents = new LinkedHashMap<>();
        Map<String, Integer> firstRow = new LinkedHashMap<>();
        Map<String, List<SurveyInput.QuestionAnswers>> questions = new LinkedHashMap<>();
        for (SheetRow row : answersInput.dataRows(HEADER_ROW)) {
            String unit = answersInput.text(row, UNIT, "mã đơn vị", true, 20);
            String question = answersInput.text(row, QUESTION, "mã câu hỏi", true, 20);
            Integer people = count(answersInput, row, RESPONDENTS, "Số người được khảo sát", true);
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (int i = 0; i < options.size(); i++) {
                Integer answers = count(answersInput, row, FIRST_OPTION + i, "Số phiếu " + options.get(i).code(), false);
                counts.put(options.get(i).code(), answers == null ? 0 : answers);
            }
            if (unit == null || question == null || people == null) {
                continue;
            }
            Integer earlier = respondents.putIfAbsent(unit, people);
            if (earlier != null && !earlier.equals(people)) {
                answersInput.problem(answersInput.at(row.number(), RESPONDENTS) + "số người được khảo sát của đơn vị " + unit
                        + " (" + people + ") khác với dòng " + firstRow.get(unit) + " (" + earlier + "); mỗi đơn vị một số.");
            }
            firstRow.putIfAbsent(unit, row.number());
            questions.computeIfAbsent(unit, k -> new ArrayList<>())
                    .add(new SurveyInput.QuestionAnswers(question, counts, place(ANSWERS, row.number())));
        }
        ValidationException.throwIfAny(problems);
        List<SurveyInput.UnitSurvey> units = new ArrayList<>();
        questions.forEach((unit, answers) -> units.add(new SurveyInput.UnitSurvey(unit, respondents.get(unit), answers,
                place(ANSWERS, firstRow.get(unit)))));
        return new SurveyInput(options, units, fileName, sha256);
    }

    /** A whole number ≥ 0 typed as a number; blank is 0 for answers and a problem for respondents. */
    private static Integer count(SheetInput input, SheetRow row, int column, String label, boolean required) {
        CellValue cell = row.cell(column);
        if (cell == null && !required) {
            return null;
        }
        BigDecimal number = input.nonNegativeNumber(row, column, label);
        if (number == null) {
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            input.problem(input.at(row.number(), column) + label + " phải là số nguyên (tệp ghi " + number.toPlainString() + ").");
            return null;
        }
        return number.intValue();
    }

    static String place(String sheet, int row) {
        return "Sheet '" + sheet + "', dòng " + row + " — ";
    }
}
