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
import vn.parindex.internalindex.SurveyInput.Option;
import vn.parindex.internalindex.SurveyInput.QuestionAnswers;
import vn.parindex.internalindex.SurveyInput.UnitSurvey;

/**
 * The sociological survey results of a period, as uploaded: JSON pasted into the form
 * <pre>
 * {"options": [{"code": "A", "weight": 100}, {"code": "B", "weight": 60}, {"code": "C", "weight": 20}, {"code": "D", "weight": 0}],
 *  "units": [{"unit": "STP", "respondents": 9, "answers": {"KS1": {"A": 5, "B": 3, "C": 1}, ...}}, ...]}
 * </pre>
 * or the .xlsx template (read in vn.parindex.internalindex.files into a {@link SurveyInput}). Either way the same rules:
 * weights are percent of a question's points, each from 0 to 100, the best option 100; every participating unit
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

    /** The JSON as a {@link SurveyInput}; what cannot be read at all is a problem. */
    static SurveyInput readJson(String json, List<String> problems) {
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
        List<Option> options = new ArrayList<>();
        for (JsonNode option : root.path("options")) {
            String code = option.path("code").asText("").trim();
            if (code.isEmpty() || code.length() > 10 || !option.path("weight").isNumber()) {
                problems.add("Phương án trả lời \"" + code + "\" thiếu mã (tối đa 10 ký tự) hoặc trọng số.");
                continue;
            }
            options.add(new Option(code, option.path("weight").decimalValue(), null));
        }
        List<UnitSurvey> units = new ArrayList<>();
        for (JsonNode node : root.path("units")) {
            String unit = node.path("unit").asText("").trim();
            int respondents = node.path("respondents").isInt() ? node.path("respondents").asInt() : 0;
            List<QuestionAnswers> questions = new ArrayList<>();
            var fields = node.path("answers").fields();
            while (fields.hasNext()) {
                var question = fields.next();
                Map<String, Integer> counts = new LinkedHashMap<>();
                var answers = question.getValue().fields();
                while (answers.hasNext()) {
                    var option = answers.next();
                    if (!option.getValue().isInt() || option.getValue().asInt() < 0) {
                        problems.add("Đơn vị " + unit + ", câu " + question.getKey() + ": số phiếu của phương án "
                                + option.getKey() + " phải là số nguyên không âm.");
                        continue;
                    }
                    counts.put(option.getKey(), option.getValue().asInt());
                }
                questions.add(new QuestionAnswers(question.getKey(), counts, null));
            }
            units.add(new UnitSurvey(unit, respondents, questions, null));
        }
        return new SurveyInput(options, units, null, null);
    }

    /**
     * Checks the input against the period.
     * @param questionsByUnit for every participating unit, its set's question codes
     */
    static Parsed validate(SurveyInput input, Map<String, Set<String>> questionsByUnit, Set<String> knownUnits,
                           List<String> problems) {
        Map<String, BigDecimal> weights = weights(input.options(), problems);
        List<UnitAnswers> units = new ArrayList<>();
        Set<String> seenUnits = new HashSet<>();
        if (input.units().isEmpty()) {
            problems.add("Chưa có kết quả điều tra của đơn vị nào (\"units\").");
        }
        for (UnitSurvey unit : input.units()) {
            String code = unit.unitCode();
            String at = at(unit.place());
            if (!questionsByUnit.containsKey(code)) {
                problems.add(knownUnits.contains(code)
                        ? at + "Đơn vị " + code + " không thuộc các đơn vị được đánh giá của kỳ này."
                        : at + "Không có đơn vị mã \"" + code + "\".");
                continue;
            }
            if (!seenUnits.add(code)) {
                problems.add(at + "Đơn vị " + code + " có hai kết quả điều tra.");
                continue;
            }
            units.add(unitAnswers(unit, questionsByUnit.get(code), weights, problems));
        }
        questionsByUnit.keySet().stream().filter(unit -> !seenUnits.contains(unit)).sorted()
                .forEach(unit -> problems.add("Thiếu kết quả điều tra của đơn vị " + unit + "."));
        return new Parsed(weights, units);
    }

    private static String at(String place) {
        return place == null ? "" : place;
    }

    private static Map<String, BigDecimal> weights(List<Option> options, List<String> problems) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        if (options.isEmpty()) {
            problems.add("Chưa có các phương án trả lời và trọng số (\"options\").");
            return weights;
        }
        for (Option option : options) {
            String code = option.code();
            BigDecimal weight = option.weight();
            if (weight.signum() < 0 || weight.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(at(option.place()) + "Trọng số của phương án " + code + " (" + weight.toPlainString()
                        + "%) phải từ 0 đến 100%.");
            }
            if (weights.put(code, weight) != null) {
                problems.add(at(option.place()) + "Phương án trả lời " + code + " được khai báo hai lần.");
            }
        }
        if (!weights.isEmpty() && weights.values().stream().noneMatch(w -> w.compareTo(BigDecimal.valueOf(100)) == 0)) {
            problems.add("Phương án tốt nhất phải có trọng số 100% (ví dụ 100/60/20/0%).");
        }
        return weights;
    }

    private static UnitAnswers unitAnswers(UnitSurvey survey, Set<String> questions, Map<String, BigDecimal> weights,
                                           List<String> problems) {
        String unit = survey.unitCode();
        int respondents = survey.respondents();
        if (respondents < 1 || respondents > MAX_RESPONDENTS) {
            problems.add(at(survey.place()) + "Đơn vị " + unit + ": số người được khảo sát phải từ 1 đến " + MAX_RESPONDENTS + ".");
        }
        Map<String, Map<String, Integer>> answers = new LinkedHashMap<>();
        for (QuestionAnswers question : survey.questions()) {
            String at = at(question.place());
            if (!questions.contains(question.questionCode())) {
                problems.add(at + "Đơn vị " + unit + ": câu hỏi \"" + question.questionCode()
                        + "\" không có trong bộ câu hỏi khảo sát.");
                continue;
            }
            if (answers.containsKey(question.questionCode())) {
                problems.add(at + "Đơn vị " + unit + ": câu hỏi " + question.questionCode() + " được ghi hai lần.");
                continue;
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            int sum = 0;
            for (var option : question.counts().entrySet()) {
                if (!weights.containsKey(option.getKey())) {
                    problems.add(at + "Đơn vị " + unit + ", câu " + question.questionCode() + ": phương án \""
                            + option.getKey() + "\" không có trong danh sách phương án trả lời.");
                    continue;
                }
                counts.put(option.getKey(), option.getValue());
                sum += option.getValue();
            }
            if (respondents >= 1 && sum != respondents) {
                problems.add(at + "Đơn vị " + unit + ", câu " + question.questionCode() + ": tổng số phiếu trả lời ("
                        + sum + ") khác số người được khảo sát (" + respondents + ").");
            }
            answers.put(question.questionCode(), counts);
        }
        questions.stream().filter(q -> !answers.containsKey(q)).sorted()
                .forEach(q -> problems.add(at(survey.place()) + "Đơn vị " + unit + ": thiếu kết quả câu hỏi " + q + "."));
        return new UnitAnswers(unit, respondents, answers);
    }

    static String weightsText(Map<String, BigDecimal> weights) {
        StringBuilder text = new StringBuilder();
        weights.forEach((code, weight) -> text.append(text.isEmpty() ? "" : ", ").append(code).append('=')
                .append(weight.stripTrailingZeros().toPlainString()).append('%'));
        return text.toString();
    }
}
