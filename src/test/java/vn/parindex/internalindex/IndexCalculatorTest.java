package vn.parindex.internalindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.internalindex.IndexCalculator.Scored;
import vn.parindex.internalindex.IndexCalculator.Threshold;

class IndexCalculatorTest {

    private static final Map<String, BigDecimal> WEIGHTS = Map.of("A", bd("100"), "B", bd("60"), "C", bd("20"), "D", bd("0"));
    private static final List<Threshold> THRESHOLDS = List.of(new Threshold("Tốt", bd("90")), new Threshold("Khá", bd("80")),
            new Threshold("Trung bình", bd("65")), new Threshold("Yếu", bd("0")));

    @Test
    void surveyPointsWeighTheAnswersPerRespondentAndRoundTheSumToHundredths() {
        Map<String, BigDecimal> questions = new LinkedHashMap<>();
        questions.put("KS1", bd("10"));
        questions.put("KS2", bd("10"));
        questions.put("KS3", bd("10"));
        // 10 + 9,5556 + 8,2222 = 27,7778
        assertThat(IndexCalculator.surveyPoints(questions, Map.of("KS1", Map.of("A", 9), "KS2", Map.of("A", 8, "B", 1),
                "KS3", Map.of("A", 7, "C", 2)), WEIGHTS, 9)).isEqualByComparingTo("27.78");
        assertThat(IndexCalculator.surveyPoints(questions, Map.of("KS1", Map.of("D", 3), "KS2", Map.of("D", 3),
                "KS3", Map.of("D", 3)), WEIGHTS, 3)).isEqualByComparingTo("0");
    }

    @Test
    void indexIsAPercentageOfTheMaximumRoundedHalfUp() {
        assertThat(IndexCalculator.index(bd("66.5"), bd("27.78"), bd("100"))).isEqualByComparingTo("94.28");
        // 50,005 / 75 × 100 = 66,67333
        assertThat(IndexCalculator.index(bd("40"), bd("10.005"), bd("75"))).isEqualByComparingTo("66.67");
        // 59,9925 / 80 × 100 = 74,990625
        assertThat(IndexCalculator.index(bd("59.9925"), bd("0"), bd("80"))).isEqualByComparingTo("74.99");
        assertThat(IndexCalculator.index(bd("44.99625"), bd("0"), bd("60"))).isEqualByComparingTo("74.99");
    }

    @Test
    void equalIndexesShareARankAndTheThresholdsClassify() {
        var ranked = IndexCalculator.rank(List.of(
                new Scored("A", bd("60"), bd("20"), bd("100"), false),
                new Scored("B", bd("70"), bd("20"), bd("100"), false),
                new Scored("C", bd("60"), bd("20"), bd("100"), false),
                new Scored("D", bd("0"), bd("14.5"), bd("100"), true),
                new Scored("E", bd("45"), bd("20"), bd("100"), false)), THRESHOLDS);
        assertThat(ranked).extracting(r -> r.scored().unitCode() + ":" + r.rank() + ":" + r.classification())
                .containsExactly("B:1:Tốt", "A:2:Khá", "C:2:Khá", "E:4:Trung bình", "D:5:Yếu");
        assertThat(IndexCalculator.classify(bd("89.99"), THRESHOLDS)).isEqualTo("Khá");
        assertThat(IndexCalculator.classify(bd("64.99"), THRESHOLDS)).isEqualTo("Yếu");
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
