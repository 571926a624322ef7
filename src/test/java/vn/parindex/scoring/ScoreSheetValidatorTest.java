package vn.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.criteria.Criterion;
import vn.parindex.criteria.ScoringMethod;

class ScoreSheetValidatorTest {

    private final Criterion binary = item("2.1.1", "1.5", false);
    private final Criterion optional = item("2.1.2", "0.5", true);
    private final List<String> problems = new ArrayList<>();

    @Test
    void acceptsACompleteSheetAndReadsNumbersAsDecimals() {
        var rows = ScoreSheetValidator.validate(List.of(binary, optional),
                List.of(row("2.1.1", 1.25, "CV 12/STP", ""), row("2.1.2", "0,5", "", "Chưa ban hành văn bản, đã có dự thảo")),
                problems);

        assertThat(problems).isEmpty();
        assertThat(rows).extracting(ScoreSheetValidator.ValidRow::score)
                .containsExactly(new BigDecimal("1.25"), new BigDecimal("0.5"));
    }

    @Test
    void refusesScoresOutsideTheRangeOrNotNumbers() {
        ScoreSheetValidator.validate(List.of(binary, optional),
                List.of(row("2.1.1", 1.6, "CV", ""), row("2.1.2", "abc", "CV", "")), problems);
        assertThat(problems).containsExactly("Tiêu chí 2.1.1: điểm 1.6 vượt điểm tối đa 1.5.",
                "Tiêu chí 2.1.2: điểm \"abc\" không phải là số.");
    }

    @Test
    void refusesNegativeTooPreciseAndMissingScores() {
        ScoreSheetValidator.validate(List.of(binary, optional),
                List.of(row("2.1.1", -1, "CV", ""), row("2.1.2", null, "CV", "")), problems);
        assertThat(problems).containsExactly("Tiêu chí 2.1.1: điểm không được âm.",
                "Tiêu chí 2.1.2: chưa nhập điểm tự đánh giá.");
        problems.clear();
        ScoreSheetValidator.validate(List.of(binary), List.of(row("2.1.1", 1.125, "CV", "")), problems);
        assertThat(problems).containsExactly("Tiêu chí 2.1.1: điểm chỉ được có tối đa 2 chữ số thập phân.");
    }

    @Test
    void requiresAnExplanationWithoutEvidence() {
        ScoreSheetValidator.validate(List.of(binary), List.of(row("2.1.1", 1, " ", " ")), problems);
        assertThat(problems).containsExactly("Tiêu chí 2.1.1: không có tài liệu kiểm chứng thì phải nhập giải trình.");
    }

    @Test
    void allowsNotApplicableOnlyWhereTheSetSaysSoAndWithAReason() {
        var na = row("2.1.1", null, "", "Không phát sinh");
        na.put("notApplicable", true);
        var naWithoutReason = row("2.1.2", null, "", "");
        naWithoutReason.put("notApplicable", "true");
        ScoreSheetValidator.validate(List.of(binary, optional), List.of(na, naWithoutReason), problems);
        assertThat(problems).containsExactly("Tiêu chí 2.1.1: không được chọn \"Không áp dụng\".",
                "Tiêu chí 2.1.2: chọn \"Không áp dụng\" thì phải giải trình lý do.");
    }

    @Test
    void refusesUnknownDuplicateAndMissingItems() {
        ScoreSheetValidator.validate(List.of(binary, optional),
                List.of(row("2.1.1", 1, "CV", ""), row("2.1.1", 1, "CV", ""), row("9.9.9", 1, "CV", "")), problems);
        assertThat(problems).containsExactly("Tiêu chí 2.1.1 được nhập hai lần.",
                "Tiêu chí \"9.9.9\" không thuộc các tiêu chí được giao cho đơn vị.",
                "Thiếu kết quả tự chấm của tiêu chí 2.1.2.");
    }

    private static Criterion item(String code, String max, boolean naAllowed) {
        return new Criterion(code, code.substring(0, code.lastIndexOf('.')), 3, "Tiêu chí " + code, new BigDecimal(max),
                true, ScoringMethod.BINARY, true, naAllowed, "Văn bản", "Có: tối đa; không: 0");
    }

    private static Map<String, Object> row(String code, Object score, String evidence, String explanation) {
        Map<String, Object> row = new HashMap<>();
        row.put("code", code);
        row.put("score", score);
        row.put("evidenceRef", evidence);
        row.put("explanation", explanation);
        return row;
    }
}
