package vn.parindex.internalindex;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Survey results as read from an upload (the JSON pasted in the form, or the .xlsx template filled in), before the
 * period's rules are checked. {@code place} says where a value came from for the messages: null for JSON, e.g.
 * {@code "Sheet 'Kết quả khảo sát', dòng 7 — "} for a workbook.
 */
public record SurveyInput(List<Option> options, List<UnitSurvey> units, String sourceFile, String sourceSha256) {

    /** An answer option and its weight, percent of a question's points. */
    public record Option(String code, BigDecimal weight, String place) {
    }

    public record UnitSurvey(String unitCode, int respondents, List<QuestionAnswers> questions, String place) {
    }

    /** Answers to one question: option code → number of answers. */
    public record QuestionAnswers(String questionCode, Map<String, Integer> counts, String place) {
    }
}
