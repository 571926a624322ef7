package vn.parindex.office.workbook;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A sheet of "label | value" rows (header 'Mục', 'Giá trị'), read by label so their order does not matter. */
public final class InfoSheet {

    public static final List<String> HEADERS = List.of("Mục", "Giá trị");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final SheetInput input;
    private final List<String> problems;
    private final Map<String, SheetRow> rows = new HashMap<>();

    public InfoSheet(SheetTable sheet, List<String> problems) {
        this.input = new SheetInput(sheet, problems);
        this.problems = problems;
        if (input.headers(1, HEADERS)) {
            input.noMergedCells(1);
            for (SheetRow row : sheet.rowsAfter(1)) {
                String label = input.text(row, 0, "tên mục", false, 300);
                if (label != null && rows.putIfAbsent(key(label), row) != null) {
                    problems.add(input.at(row.number(), 0) + "mục \"" + label + "\" ghi hai lần.");
                }
            }
        }
    }

    public SheetInput input() {
        return input;
    }

    /** Where the value of a label is, for problems found later; null when the label is missing. */
    public String at(String label) {
        SheetRow row = rows.get(key(label));
        return row == null ? "Sheet '" + input.name() + "': " : input.at(row.number(), 1);
    }

    /** The row of a label, or null when it is missing. */
    public SheetRow row(String label) {
        return rows.get(key(label));
    }

    public boolean has(String label) {
        return rows.containsKey(key(label));
    }

    public String text(String label, int maxLength) {
        SheetRow row = required(label);
        return row == null ? null : input.text(row, 1, label.toLowerCase(VIETNAMESE), true, maxLength);
    }

    public String optionalText(String label, int maxLength) {
        SheetRow row = rows.get(key(label));
        return row == null ? null : input.text(row, 1, label.toLowerCase(VIETNAMESE), false, maxLength);
    }

    public BigDecimal number(String label) {
        SheetRow row = required(label);
        return row == null ? null : input.nonNegativeNumber(row, 1, label.toLowerCase(VIETNAMESE));
    }

    public Boolean yesNo(String label) {
        SheetRow row = required(label);
        return row == null ? null : input.yesNo(row, 1, label.toLowerCase(VIETNAMESE), true);
    }

    public boolean optionalYesNo(String label) {
        SheetRow row = rows.get(key(label));
        return row != null && Boolean.TRUE.equals(input.yesNo(row, 1, label.toLowerCase(VIETNAMESE), false));
    }

    private SheetRow required(String label) {
        SheetRow row = rows.get(key(label));
        if (row == null) {
            problems.add("Sheet '" + input.name() + "': thiếu dòng \"" + label + "\" (cột A).");
        }
        return row;
    }

    private static String key(String label) {
        return label.trim().toLowerCase(VIETNAMESE);
    }
}
