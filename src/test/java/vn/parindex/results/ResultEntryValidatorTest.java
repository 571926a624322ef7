package vn.parindex.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.criteria.Criterion;
import vn.parindex.criteria.ScoringMethod;

class ResultEntryValidatorTest {

    private static final List<Criterion> SET = List.of(
            new Criterion("1", null, 1, "Lĩnh vực 1", new BigDecimal("3"), false, null, null, null, null, null),
            new Criterion("1.1", "1", 2, "Tiêu chí 1.1", new BigDecimal("1"), true, ScoringMethod.BINARY, true, false, null, null),
            new Criterion("1.2", "1", 2, "Tiêu chí 1.2", new BigDecimal("1.5"), true, ScoringMethod.PROPORTIONAL, true, true, null, null),
            new Criterion("1.3", "1", 2, "Khảo sát", new BigDecimal("0.5"), true, ScoringMethod.SURVEY, false, false, null, null));

    @Test
    void acceptsEveryScoredLeafOnceWithVietnameseDecimals() {
        List<String> problems = new ArrayList<>();
        Map<String, BigDecimal> scores = ResultEntryValidator.validate(SET, "mẫu", List.of(item("1.1", 1),
                item("1.2", "0,75"), item("1.3", "0.25")), problems);
        assertThat(problems).isEmpty();
        assertThat(scores).containsEntry("1.2", new BigDecimal("0.75")).containsEntry("1.3", new BigDecimal("0.25"));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        List<String> problems = new ArrayList<>();
        ResultEntryValidator.validate(SET, "mẫu", List.of(item("9.9", 1), item("1", 2), item("1.1", "1,5"),
                item("1.2", "abc"), item("1.3", -1)), problems);
        assertThat(problems).containsExactly(
                "Tiêu chí 9.9 không có trong bộ tiêu chí mẫu.",
                "Tiêu chí 1 có tiêu chí thành phần: hãy nhập điểm của từng tiêu chí thành phần.",
                "Điểm của tiêu chí 1.1 (1,5) vượt điểm tối đa 1.",
                "Điểm của tiêu chí 1.2 (\"abc\") không phải là số.",
                "Điểm của tiêu chí 1.3 không được âm.");
    }

    @Test
    void missingAndDuplicateItemsAreNamed() {
        List<String> problems = new ArrayList<>();
        ResultEntryValidator.validate(SET, "mẫu", List.of(item("1.1", 1), item("1.1", 0)), problems);
        assertThat(problems).containsExactly("Tiêu chí được nhập hai lần: 1.1.", "Còn thiếu điểm của 2 tiêu chí: 1.2, 1.3.");
    }

    @Test
    void pastedTablesKeepTheCodeAndTheLastCell() {
        List<String> problems = new ArrayList<>();
        List<ResultEntry.Item> items = PastedScores.parse("Mã\tTên tiêu chí\tĐiểm\n1.1\tBan hành kế hoạch\t1\n\n1.2.\t0,75\n"
                + "1.3;0,5\n1.4\n", problems);
        assertThat(items).containsExactly(item("1.1", "1"), item("1.2", "0,75"), item("1.3", "0,5"));
        assertThat(problems).containsExactly("Dòng 6 (tiêu chí 1.4): không có điểm ở cột cuối.");
    }

    private static ResultEntry.Item item(String code, Object score) {
        return new ResultEntry.Item(code, score);
    }
}
