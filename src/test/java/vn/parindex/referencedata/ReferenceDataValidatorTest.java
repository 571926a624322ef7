package vn.parindex.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.referencedata.DataFiles.CalendarEntry;
import vn.parindex.referencedata.DataFiles.CriteriaSetFile;
import vn.parindex.referencedata.DataFiles.ItemEntry;
import vn.parindex.referencedata.DataFiles.MatrixEntry;
import vn.parindex.referencedata.DataFiles.UnitEntry;
import vn.parindex.referencedata.DataFiles.YearFile;

class ReferenceDataValidatorTest {

    private static final UnitEntry SNV = new UnitEntry("SNV", "Sở Nội vụ", "DEPARTMENT", LocalDate.of(2008, 1, 1), null,
            List.of(), null);
    private static final UnitEntry STTTT = new UnitEntry("STTTT", "Sở Thông tin và Truyền thông", "DEPARTMENT",
            LocalDate.of(2008, 1, 1), LocalDate.of(2025, 2, 28), List.of(), null);

    @Test
    void acceptsAConsistentSet() {
        assertThat(ReferenceDataValidator.validateCriteriaSet("set.yaml", set("70", "40", "30"))).isEmpty();
    }

    @Test
    void reportsAParentWhoseMaximumIsNotTheSumOfItsChildrenAndWrongTotals() {
        assertThat(ReferenceDataValidator.validateCriteriaSet("set.yaml", set("60", "40", "30"))).containsExactly(
                "set.yaml, tiêu chí 1: điểm tối đa 60 không bằng tổng điểm các tiêu chí con (70).",
                "set.yaml: tổng điểm các lĩnh vực là 90, không bằng tổng điểm của bộ tiêu chí (100).");
    }

    @Test
    void reportsCodesOutOfPlaceAndDuplicates() {
        var set = new CriteriaSetFile("X", "Bộ", "QĐ", true, null, new BigDecimal("10"), BigDecimal.ZERO, List.of(
                new ItemEntry("1", "Lĩnh vực", new BigDecimal("10"), List.of(
                        leaf("1.2", "5", true), leaf("1.2", "5", true)), null, null, null, null, null)));
        assertThat(ReferenceDataValidator.validateCriteriaSet("x.yaml", set))
                .contains("x.yaml, tiêu chí 1.2: mã phải là 1.1 theo vị trí trong cây (con của 1).",
                        "x.yaml, tiêu chí 1.2: mã bị trùng.");
    }

    @Test
    void aSelfScoredItemWithoutALeadAndAUnitThatNoLongerExistsAreErrors() {
        var year = new YearFile(2026, "Tỉnh A", "X", List.of("DEPARTMENT"), calendar2026(),
                List.of(new MatrixEntry("1.1", "STTTT", List.of())));
        var problems = ReferenceDataValidator.validateYear("2026.yaml", year, set("70", "40", "30"),
                Map.of("SNV", SNV, "STTTT", STTTT));
        assertThat(problems).contains(
                "2026.yaml, phân công tiêu chí 1.1: đơn vị STTTT (Sở Thông tin và Truyền thông) không còn hoặc chưa hoạt động trong kỳ đánh giá.",
                "2026.yaml: tiêu chí 1.2 chưa được giao cho đơn vị nào chủ trì.");
    }

    @Test
    void aDeliberateDateMustNameADateOfTheCalendar() {
        var c = calendar2026();
        var calendar = new CalendarEntry(c.planDue(), c.selfAssessmentOpens(), c.unitScoreDue(), c.reportToChairmanDue(),
                c.chairmanApprovalDue(), c.ministryDeadline(), null, null, null, List.of("planDue", "resultsDue", "planDeu"));
        var year = new YearFile(2026, "Tỉnh A", "X", List.of("DEPARTMENT"), calendar,
                List.of(new MatrixEntry("1", "SNV", List.of())));
        var problems = ReferenceDataValidator.validateYear("2026.yaml", year, set("70", "40", "30"), Map.of("SNV", SNV));
        assertThat(problems).filteredOn(problem -> problem.contains("deliberate")).containsExactly(
                "2026.yaml: deliberate liệt kê \"resultsDue\" nhưng lịch năm không có mốc này (các mốc: planDue, "
                        + "selfAssessmentOpens, unitScoreDue, reportToChairmanDue, chairmanApprovalDue, ministryDeadline, "
                        + "appraisalDue, explanationDue, resultsDue).",
                "2026.yaml: deliberate liệt kê \"planDeu\" nhưng lịch năm không có mốc này (các mốc: planDue, "
                        + "selfAssessmentOpens, unitScoreDue, reportToChairmanDue, chairmanApprovalDue, ministryDeadline, "
                        + "appraisalDue, explanationDue, resultsDue).");
    }

    @Test
    void theNearestListedAncestorLeads() {
        assertThat(ReferenceDataValidator.resolveLead("7.3.3", Map.of("7", "VPUBND", "7.3.3", "SKHCN"))).isEqualTo("SKHCN");
        assertThat(ReferenceDataValidator.resolveLead("7.3.4", Map.of("7", "VPUBND", "7.3.3", "SKHCN"))).isEqualTo("VPUBND");
        assertThat(ReferenceDataValidator.resolveLead("8.1", Map.of("7", "VPUBND"))).isNull();
    }

    private static CalendarEntry calendar2026() {
        return new CalendarEntry(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 11),
                LocalDate.of(2027, 1, 15), LocalDate.of(2027, 1, 19), LocalDate.of(2027, 1, 22), null, null, null, null);
    }

    /** Field 1 (self-scored 1.1, 1.2) and field 2 (survey 2.1). */
    private static CriteriaSetFile set(String field1, String leaf11, String field2) {
        return new CriteriaSetFile("X", "Bộ", "QĐ", true, null, new BigDecimal("100"), new BigDecimal(field2), List.of(
                new ItemEntry("1", "Lĩnh vực 1", new BigDecimal(field1), List.of(leaf("1.1", leaf11, true), leaf("1.2", "30", true)),
                        null, null, null, null, null),
                new ItemEntry("2", "Lĩnh vực 2", new BigDecimal(field2), List.of(leaf("2.1", field2, false)),
                        null, null, null, null, null)));
    }

    private static ItemEntry leaf(String code, String max, boolean selfScored) {
        return new ItemEntry(code, "Tiêu chí " + code, new BigDecimal(max), null, selfScored ? "BINARY" : "SURVEY",
                selfScored, false, selfScored ? "Văn bản" : null, "Có: tối đa");
    }
}
