package vn.parindex.internalindex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sociological survey results of a period, as uploaded (JSON):
 * <pre>
 * {"options": [{"code": "A", "weight": 100}, {"code": "B", "weight": 60}, {"code": "C", "weight": 20}, {"code": "D", "weight": 0}],
 *  "units": [{"unit": "STP", "respondents": 9, "answers": {"KS1": {"A": 5, "B": 3, "C": 1}, ...}}, ...]}
 * </pre>
 * Weights are percent of a question's points: each from 0 to 100, the best option 100. Every participating unit
 * appears once, with every question of its set, and each question's answers add up to its respondents.
 */
final class SurveyImport {

    static final int MAX_RESPONDENTS = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    record UnitAnswers(String unitCode, int respondents, Map<String, Map<String, Integer>> answers) {
    }

    record Parsed(Map<String, BigDecimal> weights, List<UnitAnswers> units) {
    }

    private SurveyImport() {
    }

    /**
     * @param questionsByUnit for every participating unit, its set's question codes
     */
    static Parsed parse(String json, Map<String, Set<String>> questionsByUnit, Set<String> knownUnits, List<String> problems) {
        JsonNode root;
        try {
            root = json == null || json.isBlank() ? null : JSON.readTree(json);
        } catch (JsonProcessingException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            problems.add("Tệp kết quả điều tra xã hội học không đúng định dạng JSON (cần \"options\" và \"units\").");
            return null;
        }
        Map<String, BigDecimal> weights = weights(root.path("options"), problems);
        List<UnitAnswers> units = new ArrayList<>();
        Set<String> seenUnits = new HashSet<>();
        if (!root.path("units").isArray() || root.path("units").isEmpty()) {
            problems.add("Chưa có kết quả điều tra của đơn vị nào (\"units\").");
        }
        for (JsonNode node : root.path("units")) {
            String unit = node.path("unit").asText("").trim();
            if (!questionsByUnit.containsKey(unit)) {
                problems.add(knownUnits.contains(unit)
                        ? "Đơn vị " + unit + " không thuộc các đơn vị được đánh giá của kỳ này."
                        : "Không có đơn vị mã \"" + unit + "\".");
                continue;
            }
            if (!seenUnits.add(unit)) {
                problems.add("Đơn vị " + unit + " có hai kết quả điều tra.");
                continue;
            }
            units.add(unitAnswers(unit, node, questionsByUnit.get(unit), weights, problems));
        }
        questionsByUnit.keySet().stream().filter(unit -> !seenUnits.contains(unit)).sorted()
                .forEach(unit -> problems.add("Thiếu kết quả điều tra của đơn vị " + unit + "."));
        return new Parsed(weights, units);
    }

    private static Map<String, BigDecimal> weights(JsonNode options, List<String> problems) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        if (!options.isArray() || options.isEmpty()) {
            problems.add("Chưa có các phương án trả lời và trọng số (\"options\").");
            return weights;
        }
        for (JsonNode option : options) {
            String code = option.path("code").asText("").trim();
            if (code.isEmpty() || code.length() > 10 || !option.path("weight").isNumber()) {
                problems.add("Phương án trả lời \"" + code + "\" thiếu mã (tối đa 10 ký tự) hoặc trọng số.");
                continue;
            }
            BigDecimal weight = option.path("weight").decimalValue();
            if (weight.signum() < 0 || weight.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add("Trọng số của phương án " + code + " (" + weight.toPlainString() + "%) phải từ 0 đến 100%.");
            }
            if (weights.put(code, weight) != null) {
                problems.add("Phương án trả lời " + code + " được khai báo hai lần.");
            }
        }
        if (!weights.isEmpty() && weights.values().stream().noneMatch(w -> w.compareTo(BigDecimal.valueOf(100)) == 0)) {
            problems.add("Phương án tốt nhất phải có trọng số 100% (ví dụ 100/60/20/0%).");
        }
        return weights;
    }

    private static UnitAnswers unitAnswers(String unit, JsonNode node, Set<String> questions, Map<String, BigDecimal> weights,
                                           List<String> problems) {
        int respondents = node.path("respondents").isInt() ? node.path("respondents").asInt() : 0;
        if (respondents < 1 || respondents > MAX_RESPONDENTS) {
            problems.add("Đơn vị " + unit + ": số người được khảo sát phải từ 1 đến " + MAX_RESPONDENTS + ".");
        }
        Map<String, Map<String, Integer>> answers = new LinkedHashMap<>();
        var fields = node.path("answers").fields();
        while (fields.hasNext()) {
            var question = fields.next();
            if (!questions.contains(question.getKey())) {
                problems.add("Đơn vị " + unit + ": câu hỏi \"" + question.getKey() + "\" không có trong bộ câu hỏi khảo sát.");
                continue;
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            int sum = 0;
            var options = question.getValue().fields();
            while (options.hasNext()) {
                var option = options.next();
                if (!weights.containsKey(option.getKey())) {
                    problems.add("Đơn vị " + unit + ", câu " + question.getKey() + ": phương án \"" + option.getKey()
                            + "\" không có trong danh sách phương án trả lời.");
                    continue;
                }
                if (!option.getValue().isInt() || option.getValue().asInt() < 0) {
                    problems.add("Đơn vị " + unit + ", câu " + question.getKey() + ": số phiếu của phương án "
                            + option.getKey() + " phải là số nguyên không âm.");
                    continue;
                }
                counts.put(option.getKey(), option.getValue().asInt());
                sum += option.getValue().asInt();
            }
            if (respondents >= 1 && sum != respondents) {
                problems.add("Đơn vị " + unit + ", câu " + question.getKey() + ": tổng số phiếu trả lời (" + sum
                        + ") khác số người được khảo sát (" + respondents + ").");
            }
            answers.put(question.getKey(), counts);
        }
        questions.stream().filter(q -> !answers.containsKey(q)).sorted()
                .forEach(q -> problems.add("Đơn vị " + unit + ": thiếu kết quả câu hỏi " + q + "."));
        return new UnitAnswers(unit, respondents, answers);
    }

    static String weightsText(Map<String, BigDecimal> weights) {
        StringBuilder text = new StringBuilder();
        weights.forEach((code, weight) -> text.append(text.isEmpty() ? "" : ", ").append(code).append('=')
                .append(weight.stripTrailingZeros().toPlainString()).append('%'));
        return text.toString();
    }
}
