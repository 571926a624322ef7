package vn.parindex.internalindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.internalindex.InternalIndexFiles.Calendar;
import vn.parindex.internalindex.InternalIndexFiles.ClassEntry;
import vn.parindex.internalindex.InternalIndexFiles.CriteriaFile;
import vn.parindex.internalindex.InternalIndexFiles.CriterionEntry;
import vn.parindex.internalindex.InternalIndexFiles.QuestionEntry;
import vn.parindex.internalindex.InternalIndexFiles.YearFile;
import vn.parindex.orgdirectory.OrgUnitType;

class InternalIndexDataValidatorTest {

    private static final String FILE = "criteria-DEPARTMENT-2026.yaml";

    @Test
    void aConsistentSetAndYearPass() {
        assertThat(InternalIndexDataValidator.validateCriteria(FILE, set(bd("100"), bd("30")))).isEmpty();
        assertThat(InternalIndexDataValidator.validateYear("year-2026.yaml", year(classes("90", "80", "65", "0")),
                Map.of("DEPARTMENT-2026", set(bd("100"), bd("30"))))).isEmpty();
    }

    @Test
    void theSurveyWeightsAreDataWithTheirSource() {
        var base = year(classes("90", "80", "65", "0"));
        var missing = new YearFile(2026, base.unitTypes(), base.calendar(), base.classification(), null, null);
        assertThat(InternalIndexDataValidator.validateYear("year-2026.yaml", missing, Map.of("DEPARTMENT-2026",
                set(bd("100"), bd("30"))))).containsExactly("year-2026.yaml: chưa có trọng số các phương án trả lời của "
                + "phiếu điều tra xã hội học (surveyWeights.options).");
        var unsourced = new YearFile(2026, base.unitTypes(), base.calendar(), base.classification(), null,
                new InternalIndexFiles.SurveyWeights(null, " ", List.of(new InternalIndexFiles.WeightEntry("A", bd("90")),
                        new InternalIndexFiles.WeightEntry("A", bd("120")))));
        assertThat(InternalIndexDataValidator.validateYear("year-2026.yaml", unsourced, Map.of("DEPARTMENT-2026",
                set(bd("100"), bd("30"))))).containsExactly(
                "year-2026.yaml: trọng số phương án trả lời phải ghi nguồn (surveyWeights.source) và có phải giả định "
                        + "của tỉnh hay không (surveyWeights.assumption).",
                "year-2026.yaml: phương án trả lời A thiếu mã (tối đa 10 ký tự) hoặc trọng số từ 0 đến 100%.",
                "year-2026.yaml: phương án trả lời tốt nhất phải có trọng số 100%.");
    }

    @Test
    void totalsThatDoNotAddUpAreReported() {
        assertThat(InternalIndexDataValidator.validateCriteria(FILE, set(bd("90"), bd("25"))))
                .containsExactly(FILE + ": tổng điểm các câu hỏi khảo sát (30) khác surveyPoints (25).",
                        FILE + ": tổng điểm tối đa (100) khác maxPoints (90).");
        assertThat(InternalIndexDataValidator.validateCriteria("criteria-COMMUNE-2026.yaml", set(bd("100"), bd("30"))))
                .containsExactly("criteria-COMMUNE-2026.yaml: tên tệp phải là criteria-DEPARTMENT-2026.yaml.");
    }

    @Test
    void thresholdsMustFallAndEndAtZeroAndASetMustExistForEveryType() {
        assertThat(InternalIndexDataValidator.validateYear("year-2026.yaml", year(classes("80", "90", "10")), Map.of()))
                .contains("year-2026.yaml: không có bộ tiêu chí criteria-DEPARTMENT-2026.yaml.",
                        "year-2026.yaml: ngưỡng xếp loại phải giảm dần (C1).",
                        "year-2026.yaml: mức xếp loại cuối cùng phải có ngưỡng 0 để đơn vị nào cũng được xếp loại.");
    }

    private static CriteriaFile set(BigDecimal max, BigDecimal survey) {
        return new CriteriaFile("II-DEPARTMENT-2026", 2026, OrgUnitType.DEPARTMENT, "Bộ tiêu chí", max, survey,
                List.of(new CriterionEntry("1", "Chỉ đạo", bd("40"), null), new CriterionEntry("2", "Thủ tục", bd("30"), null)),
                List.of(new QuestionEntry("KS1", "Công khai", bd("15")), new QuestionEntry("KS2", "Thái độ", bd("15"))));
    }

    private static YearFile year(List<ClassEntry> classes) {
        return new YearFile(2026, List.of(OrgUnitType.DEPARTMENT), new Calendar(LocalDate.of(2026, 12, 10),
                LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 8), LocalDate.of(2027, 1, 22), LocalDate.of(2027, 1, 22),
                LocalDate.of(2027, 2, 26)), classes, null, WEIGHTS);
    }

    private static final InternalIndexFiles.SurveyWeights WEIGHTS = new InternalIndexFiles.SurveyWeights(true,
            "không có văn bản quy định", List.of(new InternalIndexFiles.WeightEntry("A", bd("100")),
            new InternalIndexFiles.WeightEntry("B", bd("60")), new InternalIndexFiles.WeightEntry("C", bd("0"))));

    private static List<ClassEntry> classes(String... mins) {
        return java.util.stream.IntStream.range(0, mins.length)
                .mapToObj(i -> new ClassEntry("C" + i, "Mức " + i, bd(mins[i]))).toList();
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
