package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import vn.parindex.common.FormInput;
import vn.parindex.common.Quoted;
import vn.parindex.criteria.Criterion;

/**
 * Server-side rules of a score sheet. Camunda Forms validate in the browser only, so everything is checked here
 * against the year's data, never against what the form claims (max points, allowed N/A, which items).
 */
final class ScoreSheetValidator {

    static final int MAX_EVIDENCE = 1000;
    static final int MAX_EXPLANATION = 4000;

    private ScoreSheetValidator() {
    }

    record ValidRow(Criterion item, BigDecimal score, boolean notApplicable, String evidenceRef, String explanation) {
    }

    static List<ValidRow> validate(List<Criterion> assigned, List<Map<String, Object>> submitted, List<String> problems) {
        return validate(assigned, submitted, problems, index -> "");
    }

    /** {@code rowPlace} prefixes the problems of the submitted row at an index, e.g. with its row in a workbook. */
    static List<ValidRow> validate(List<Criterion> assigned, List<Map<String, Object>> submitted, List<String> problems,
                                   IntFunction<String> rowPlace) {
        Map<String, Criterion> byCode = new LinkedHashMap<>();
        assigned.forEach(item -> byCode.put(item.code(), item));
        Set<String> seen = new HashSet<>();
        List<ValidRow> rows = new ArrayList<>();
        for (int index = 0; index < submitted.size(); index++) {
            Map<String, Object> row = submitted.get(index);
            if (row == null) {
                problems.add("Dữ liệu tự chấm điểm có một dòng trống; vui lòng tải lại biểu mẫu và nhập lại.");
                continue;
            }
            String place = rowPlace.apply(index);
            String code = FormInput.text(row.get("code"));
            Criterion item = byCode.get(code);
            if (item == null) {
                problems.add(place + "Tiêu chí \"" + Quoted.shortly(code) + "\" không thuộc các tiêu chí được giao cho đơn vị.");
                continue;
            }
            if (!seen.add(code)) {
                problems.add(place + "Tiêu chí " + code + " được nhập hai lần.");
                continue;
            }
            rows.add(validateRow(place, item, row, problems));
        }
        byCode.keySet().stream().filter(code -> !seen.contains(code))
                .forEach(code -> problems.add("Thiếu kết quả tự chấm của tiêu chí " + code + "."));
        return rows;
    }

    private static ValidRow validateRow(String place, Criterion item, Map<String, Object> row, List<String> problems) {
        String where = place + "Tiêu chí " + item.code() + ": ";
        boolean notApplicable = isTrue(row.get("notApplicable"));
        String evidence = FormInput.text(row.get("evidenceRef"));
        String explanation = FormInput.text(row.get("explanation"));
        if (evidence.length() > MAX_EVIDENCE) {
            problems.add(where + "tài liệu kiểm chứng dài quá " + MAX_EVIDENCE + " ký tự.");
        }
        if (explanation.length() > MAX_EXPLANATION) {
            problems.add(where + "giải trình dài quá " + MAX_EXPLANATION + " ký tự.");
        }
        FormInput.checkNotFormula(evidence, where + "tài liệu kiểm chứng", problems);
        FormInput.checkNotFormula(explanation, where + "giải trình", problems);
        BigDecimal score = null;
        if (notApplicable) {
            if (!Boolean.TRUE.equals(item.naAllowed())) {
                problems.add(where + "không được chọn \"Không áp dụng\".");
            }
            if (explanation.isEmpty()) {
                problems.add(where + "chọn \"Không áp dụng\" thì phải giải trình lý do.");
            }
        } else {
            score = parseScore(where, row.get("score"), item.maxPoints(), problems);
            if (evidence.isEmpty() && explanation.isEmpty()) {
                problems.add(where + "không có tài liệu kiểm chứng thì phải nhập giải trình.");
            }
        }
        return new ValidRow(item, score, notApplicable, evidence.isEmpty() ? null : evidence,
                explanation.isEmpty() ? null : explanation);
    }

    private static BigDecimal parseScore(String where, Object value, BigDecimal max, List<String> problems) {
        if (value == null || value.toString().isBlank()) {
            problems.add(where + "chưa nhập điểm tự đánh giá.");
            return null;
        }
        BigDecimal score;
        try {
            score = value instanceof Number number && !(value instanceof BigDecimal)
                    ? new BigDecimal(number.toString())
                    : new BigDecimal(value.toString().trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(where + "điểm \"" + Quoted.shortly(value) + "\" không phải là số.");
            return null;
        }
        if (score.signum() < 0) {
            problems.add(where + "điểm không được âm.");
        } else if (score.compareTo(max) > 0) {
            problems.add(where + "điểm " + shortly(score) + " vượt điểm tối đa " + max.stripTrailingZeros().toPlainString() + ".");
        }
        if (score.stripTrailingZeros().scale() > 2) {
            problems.add(where + "điểm chỉ được có tối đa 2 chữ số thập phân.");
        }
        return score;
    }

    /**
     * A submitted number as the user may recognise it, never longer than a short quote: "1e999999" written out in
     * full would be a million digits in the answer.
     */
    static String shortly(BigDecimal score) {
        BigDecimal stripped = score.stripTrailingZeros();
        boolean plainIsShort = stripped.precision() - stripped.scale() <= Quoted.MAX && stripped.scale() <= Quoted.MAX;
        return Quoted.shortly(plainIsShort ? stripped.toPlainString() : stripped.toString());
    }

    private static boolean isTrue(Object value) {
        return value instanceof Boolean flag ? flag : "true".equalsIgnoreCase(FormInput.text(value));
    }
}
