package vn.parindex.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.criteria.Criterion;

/**
 * Checks the Ministry's scores against the cycle's criteria set, all at once: every scored leaf exactly once, no
 * unknown or non-scored code, each score a number from 0 to the item's maximum. Problems are Vietnamese sentences.
 */
public final class ResultEntryValidator {

    private ResultEntryValidator() {
    }

    /** The valid scores by code, in the criteria set's order; {@code problems} receives what is wrong. */
    public static Map<String, BigDecimal> validate(List<Criterion> criteria, String criteriaSetCode,
                                                   List<ResultEntry.Item> items, List<String> problems) {
        Map<String, Criterion> byCode = new LinkedHashMap<>();
        criteria.forEach(item -> byCode.put(item.code(), item));
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        if (items == null || items.isEmpty()) {
            problems.add("Chưa có điểm nào: vui lòng nhập điểm thẩm định và điểm điều tra xã hội học của từng tiêu chí.");
            return scores;
        }
        for (ResultEntry.Item item : items) {
            String code = item.code() == null ? "" : item.code().trim();
            Criterion criterion = byCode.get(code);
            if (code.isEmpty()) {
                problems.add("Có dòng điểm không ghi mã tiêu chí.");
                continue;
            }
            if (criterion == null) {
                problems.add("Tiêu chí " + code + " không có trong bộ tiêu chí " + criteriaSetCode + ".");
                continue;
            }
            if (!criterion.leaf()) {
                problems.add("Tiêu chí " + code + " có tiêu chí thành phần: hãy nhập điểm của từng tiêu chí thành phần.");
                continue;
            }
            if (!isScored(criterion)) {
                problems.add("Tiêu chí " + code + " không được chấm điểm trong bộ tiêu chí " + criteriaSetCode + ".");
                continue;
            }
            BigDecimal score;
            try {
                score = ScoreText.parse(item.score());
            } catch (NumberFormatException e) {
                problems.add("Điểm của tiêu chí " + code + " (\"" + item.score() + "\") không phải là số.");
                continue;
            }
            if (score == null) {
                problems.add("Chưa nhập điểm của tiêu chí " + code + ".");
            } else if (score.signum() < 0) {
                problems.add("Điểm của tiêu chí " + code + " không được âm.");
            } else if (score.compareTo(criterion.maxPoints()) > 0) {
                problems.add("Điểm của tiêu chí " + code + " (" + VietnameseFormat.points(score) + ") vượt điểm tối đa "
                        + VietnameseFormat.points(criterion.maxPoints()) + ".");
            } else if (score.scale() > 2 && score.stripTrailingZeros().scale() > 2) {
                problems.add("Điểm của tiêu chí " + code + " có quá 2 chữ số thập phân.");
            } else if (scores.containsKey(code)) {
                duplicates.add(code);
            } else {
                scores.put(code, score);
            }
        }
        if (!duplicates.isEmpty()) {
            problems.add("Tiêu chí được nhập hai lần: " + String.join(", ", duplicates) + ".");
        }
        List<String> missing = byCode.values().stream().filter(ResultEntryValidator::isScored)
                .map(Criterion::code).filter(code -> !scores.containsKey(code) && !mentioned(items, code)).toList();
        if (!missing.isEmpty()) {
            problems.add("Còn thiếu điểm của " + missing.size() + " tiêu chí: " + String.join(", ", missing) + ".");
        }
        return scores;
    }

    /** A leaf the Ministry gives points to: self-scored (appraised) or by survey. */
    public static boolean isScored(Criterion criterion) {
        return criterion.leaf() && (Boolean.TRUE.equals(criterion.selfScored())
                || criterion.scoringMethod() == vn.parindex.criteria.ScoringMethod.SURVEY);
    }

    private static boolean mentioned(List<ResultEntry.Item> items, String code) {
        return items.stream().anyMatch(item -> item.code() != null && item.code().trim().equals(code));
    }
}
