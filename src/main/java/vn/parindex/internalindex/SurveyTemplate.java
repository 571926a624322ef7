package vn.parindex.internalindex;

import java.math.BigDecimal;
import java.util.List;

/** What the survey workbook is built from: the period's units with their questions, and the option weights. */
public final class SurveyTemplate {

    /** Seed 001's example: the best answer 100 % of a question's points, then 60, 20 and 0 %. */
    public static final List<SurveyInput.Option> DEFAULT_OPTIONS = List.of(
            new SurveyInput.Option("A", BigDecimal.valueOf(100), null), new SurveyInput.Option("B", BigDecimal.valueOf(60), null),
            new SurveyInput.Option("C", BigDecimal.valueOf(20), null), new SurveyInput.Option("D", BigDecimal.ZERO, null));

    public record Question(String code, String text, BigDecimal maxPoints) {
    }

    public record UnitQuestions(String unitCode, String unitName, List<Question> questions) {
    }

    private SurveyTemplate() {
    }
}
