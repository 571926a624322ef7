package vn.parindex.internalindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of the internal index, in one place:
 * <ul>
 * <li>survey points of a question = its max points × Σ(answers of an option × the option's weight %) / respondents;
 *     a unit's survey points = the sum over the questions, rounded to 0,01;</li>
 * <li>index = (appraised points + survey points) / max points × 100, rounded half up to 0,01;</li>
 * <li>rank: by index, highest first; equal indexes share a rank (1, 2, 2, 4);</li>
 * <li>classification: the first threshold (highest first) the index reaches.</li>
 * </ul>
 */
final class IndexCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private IndexCalculator() {
    }

    record Threshold(String name, BigDecimal minIndex) {
    }

    record Scored(String unitCode, BigDecimal appraised, BigDecimal survey, BigDecimal max, boolean late) {
    }

    record Ranked(Scored scored, BigDecimal index, int rank, String classification) {
    }

    /**
     * @param questionMax max points per question code
     * @param answers     question code → option code → number of answers
     * @param weights     option code → weight in percent
     */
    static BigDecimal surveyPoints(Map<String, BigDecimal> questionMax, Map<String, Map<String, Integer>> answers,
                                   Map<String, BigDecimal> weights, int respondents) {
        BigDecimal total = BigDecimal.ZERO;
        for (var question : questionMax.entrySet()) {
            BigDecimal weighted = BigDecimal.ZERO;
            for (var option : answers.getOrDefault(question.getKey(), Map.of()).entrySet()) {
                weighted = weighted.add(weights.get(option.getKey()).multiply(BigDecimal.valueOf(option.getValue())));
            }
            total = total.add(question.getValue().multiply(weighted)
                    .divide(HUNDRED.multiply(BigDecimal.valueOf(respondents)), 10, RoundingMode.HALF_UP));
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal index(BigDecimal appraised, BigDecimal survey, BigDecimal max) {
        return appraised.add(survey).multiply(HUNDRED).divide(max, 2, RoundingMode.HALF_UP);
    }

    static List<Ranked> rank(List<Scored> units, List<Threshold> thresholds) {
        List<Ranked> withIndex = new ArrayList<>();
        for (Scored unit : units) {
            BigDecimal index = index(unit.appraised(), unit.survey(), unit.max());
            withIndex.add(new Ranked(unit, index, 0, classify(index, thresholds)));
        }
        withIndex.sort(Comparator.comparing(Ranked::index).reversed().thenComparing(r -> r.scored().unitCode()));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < withIndex.size(); i++) {
            Ranked current = withIndex.get(i);
            int rank = i > 0 && withIndex.get(i - 1).index().compareTo(current.index()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Ranked(current.scored(), current.index(), rank, current.classification()));
        }
        return ranked;
    }

    static String classify(BigDecimal index, List<Threshold> thresholds) {
        return thresholds.stream().filter(t -> index.compareTo(t.minIndex()) >= 0).findFirst()
                .map(Threshold::name).orElseThrow(() -> new IllegalStateException("no classification for " + index));
    }
}
