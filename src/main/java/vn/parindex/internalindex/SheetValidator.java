package vn.parindex.internalindex;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.parindex.common.FormInput;

/**
 * Server-side rules of the internal index sheets (the scoring validator's ideas): exactly the unit's criteria, each
 * once; scores from 0 to the criterion's max from our data (never the form's), at most two decimals; a self-score
 * needs evidence or an explanation; an appraisal that changes the previous score needs a reason.
 */
final class SheetValidator {

    static final int MAX_TEXT = 4000;

    private SheetValidator() {
    }

    record Entry(String code, BigDecimal score, String evidenceRef, String note) {
    }

    enum Stage { SELF, ROUND1, ROUND2, EXPLANATION }

    /** Validates every row; problems are collected, nothing is thrown. Rows follow the sheet's order. */
    static List<Entry> validate(Stage stage, List<SheetRow> sheet, List<Map<String, Object>> submitted, List<String> problems) {
        Map<String, SheetRow> byCode = new LinkedHashMap<>();
        sheet.forEach(row -> byCode.put(row.code(), row));
        Map<String, Entry> entries = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Map<String, Object> row : submitted) {
            String code = FormInput.text(row.get("code"));
            SheetRow item = byCode.get(code);
            if (item == null) {
                problems.add("Tiêu chí \"" + code + "\" không thuộc bộ tiêu chí của đơn vị.");
                continue;
            }
            if (!seen.add(code)) {
                problems.add("Tiêu chí " + code + " được nhập hai lần.");
                continue;
            }
            entries.put(code, entry(stage, item, row, problems));
        }
        if (stage != Stage.EXPLANATION) {
            byCode.keySet().stream().filter(code -> !seen.contains(code))
                    .forEach(code -> problems.add("Thiếu điểm của tiêu chí " + code + "."));
        }
        return byCode.keySet().stream().filter(entries::containsKey).map(entries::get).toList();
    }

    private static Entry entry(Stage stage, SheetRow item, Map<String, Object> row, List<String> problems) {
        String where = "Tiêu chí " + item.code() + ": ";
        return switch (stage) {
            case SELF -> {
                BigDecimal score = score(where, row.get("score"), "điểm tự đánh giá", item.maxPoints(), problems);
                String evidence = text(where, row.get("evidenceRef"), "tài liệu kiểm chứng", 1000, problems);
                String note = text(where, row.get("selfNote"), "giải trình", MAX_TEXT, problems);
                if (evidence == null && note == null) {
                    problems.add(where + "không có tài liệu kiểm chứng thì phải nhập giải trình.");
                }
                yield new Entry(item.code(), score, evidence, note);
            }
            case ROUND1, ROUND2 -> {
                BigDecimal score = score(where, row.get("appraisedScore"), "điểm thẩm định", item.maxPoints(), problems);
                String note = text(where, row.get("appraisalNote"), "ý kiến thẩm định", MAX_TEXT, problems);
                BigDecimal previous = stage == Stage.ROUND1 ? item.selfScore() : item.round1Score();
                if (score != null && note == null && (previous == null || score.compareTo(previous) != 0)) {
                    problems.add(where + "điểm thẩm định khác điểm " + (stage == Stage.ROUND1 ? "tự chấm" : "thẩm định vòng 1")
                            + " thì phải ghi lý do.");
                }
                yield new Entry(item.code(), score, null, note);
            }
            case EXPLANATION -> new Entry(item.code(), null, null,
                    text(where, row.get("explanation"), "giải trình", MAX_TEXT, problems));
        };
    }

    static BigDecimal score(String where, Object value, String label, BigDecimal max, List<String> problems) {
        if (value == null || value.toString().isBlank()) {
            problems.add(where + "chưa nhập " + label + ".");
            return null;
        }
        BigDecimal score;
        try {
            score = value instanceof Number number && !(value instanceof BigDecimal)
                    ? new BigDecimal(number.toString())
                    : new BigDecimal(value.toString().trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(where + label + " \"" + value + "\" không phải là số.");
            return null;
        }
        if (score.signum() < 0) {
            problems.add(where + label + " không được âm.");
        } else if (score.compareTo(max) > 0) {
            problems.add(where + label + " " + score.stripTrailingZeros().toPlainString() + " vượt điểm tối đa "
                    + max.stripTrailingZeros().toPlainString() + ".");
        }
        if (score.stripTrailingZeros().scale() > 2) {
            problems.add(where + label + " chỉ được có tối đa 2 chữ số thập phân.");
        }
        return score;
    }

    private static String text(String where, Object value, String label, int max, List<String> problems) {
        String text = FormInput.text(value);
        if (text.length() > max) {
            problems.add(where + label + " dài quá " + max + " ký tự.");
        }
        return text.isEmpty() ? null : text;
    }
}
