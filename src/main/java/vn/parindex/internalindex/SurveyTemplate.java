package vn.parindex.internalindex;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the survey workbook is built from: the period's units with their questions, and the option weights. */
public final class SurveyTemplate {

    public record Question(String code, String text, BigDecimal maxPoints) {
    }

    public record UnitQuestions(String unitCode, String unitName, List<Question> questions) {
    }

    /**
     * The year's answer weights from data ({@code data/internal-index/year-<year>.yaml}, {@code surveyWeights}) and
     * where they come from: the province's assumption (no seed gives them) or an official document.
     */
    public record Weights(List<SurveyInput.Option> options, boolean assumption, String source) {

        public Map<String, BigDecimal> byCode() {
            return options.stream().collect(Collectors.toMap(SurveyInput.Option::code, SurveyInput.Option::weight,
                    (a, b) -> a, java.util.LinkedHashMap::new));
        }

        /** What an officer reads next to the weights: whether they are official, and their source. */
        public String provenance() {
            return assumption ? "giả định của tỉnh, không phải số liệu chính thức: " + source : "theo " + source;
        }
    }

    private SurveyTemplate() {
    }
}
