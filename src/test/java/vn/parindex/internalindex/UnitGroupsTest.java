package vn.parindex.internalindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.internalindex.IndexCalculator.Ranked;
import vn.parindex.internalindex.IndexCalculator.Scored;
import vn.parindex.internalindex.IndexCalculator.Threshold;
import vn.parindex.internalindex.InternalIndexFiles.Calendar;
import vn.parindex.internalindex.InternalIndexFiles.ClassEntry;
import vn.parindex.internalindex.InternalIndexFiles.GroupEntry;
import vn.parindex.internalindex.InternalIndexFiles.YearFile;
import vn.parindex.orgdirectory.OrgUnitType;

/**
 * Each unit group has its own thresholds from data and is ranked within itself (issue 14 item 4): seed 002 classifies
 * the departments (8 Tốt, 9 Khá, 2 Trung bình of 19) and the districts (8 Khá, 2 Trung bình of 10) separately.
 */
class UnitGroupsTest {

    private static final Calendar CALENDAR = new Calendar(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 25),
            LocalDate.of(2027, 1, 8), LocalDate.of(2027, 1, 22), LocalDate.of(2027, 1, 22), LocalDate.of(2027, 2, 26));

    private static List<ClassEntry> classes(int good, int fair, int average) {
        return List.of(new ClassEntry("TOT", "Tốt", BigDecimal.valueOf(good)), new ClassEntry("KHA", "Khá", BigDecimal.valueOf(fair)),
                new ClassEntry("TB", "Trung bình", BigDecimal.valueOf(average)), new ClassEntry("YEU", "Yếu", BigDecimal.ZERO));
    }

    @Test
    void aGroupTakesItsOwnThresholdsAndNameFromDataElseTheYearsOnes() {
        YearFile year = new YearFile(2022, List.of(OrgUnitType.DEPARTMENT, OrgUnitType.DISTRICT), CALENDAR, classes(90, 80, 65),
                List.of(new GroupEntry(OrgUnitType.DISTRICT, "UBND các huyện, thị xã, thành phố", classes(85, 75, 60))));
        List<GroupEntry> groups = year.effectiveGroups();
        assertThat(groups).extracting(GroupEntry::unitType).containsExactly(OrgUnitType.DEPARTMENT, OrgUnitType.DISTRICT);
        assertThat(groups.get(0).name()).isEqualTo("Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh");
        assertThat(groups.get(0).classification().get(0).minIndex()).isEqualByComparingTo("90");
        assertThat(groups.get(1).name()).isEqualTo("UBND các huyện, thị xã, thành phố");
        assertThat(groups.get(1).classification().get(0).minIndex()).isEqualByComparingTo("85");
    }

    @Test
    void theValidatorRefusesAGroupOfAUnitTypeNotAssessedAndBadThresholdsOfAGroup() {
        YearFile year = new YearFile(2026, List.of(OrgUnitType.DEPARTMENT), CALENDAR, classes(90, 80, 65),
                List.of(new GroupEntry(OrgUnitType.COMMUNE, "Xã", null),
                        new GroupEntry(OrgUnitType.DEPARTMENT, "Sở", classes(70, 80, 65))));
        assertThat(InternalIndexDataValidator.validateYear("year-2026.yaml", year, java.util.Map.of("DEPARTMENT-2026",
                        new InternalIndexFiles.CriteriaFile("X", 2026, OrgUnitType.DEPARTMENT, "X", BigDecimal.TEN, BigDecimal.ZERO,
                                List.of(), List.of()))))
                .contains("year-2026.yaml: nhóm đơn vị COMMUNE phải là một loại đơn vị được đánh giá (unitTypes) và chỉ có một lần.",
                        "year-2026.yaml: nhóm DEPARTMENT: ngưỡng xếp loại phải giảm dần (KHA).");
    }

    @Test
    void theSameIndexIsClassifiedByEachGroupsThresholdsAndEachGroupIsRankedFromOne() {
        List<Threshold> departments = List.of(new Threshold("Tốt", BigDecimal.valueOf(90)), new Threshold("Khá", BigDecimal.valueOf(80)),
                new Threshold("Trung bình", BigDecimal.valueOf(65)), new Threshold("Yếu", BigDecimal.ZERO));
        List<Threshold> districts = List.of(new Threshold("Tốt", BigDecimal.valueOf(85)), new Threshold("Khá", BigDecimal.valueOf(75)),
                new Threshold("Trung bình", BigDecimal.valueOf(60)), new Threshold("Yếu", BigDecimal.ZERO));
        List<Ranked> sở = IndexCalculator.rank(List.of(scored("STP", 87), scored("SNV", 92)), departments);
        List<Ranked> huyện = IndexCalculator.rank(List.of(scored("LAGI", 87), scored("PHANTHIET", 70)), districts);
        assertThat(sở).extracting(r -> r.scored().unitCode() + ":" + r.rank() + ":" + r.classification())
                .containsExactly("SNV:1:Tốt", "STP:2:Khá");
        assertThat(huyện).extracting(r -> r.scored().unitCode() + ":" + r.rank() + ":" + r.classification())
                .containsExactly("LAGI:1:Tốt", "PHANTHIET:2:Trung bình");
    }

    private static Scored scored(String unit, int points) {
        return new Scored(unit, BigDecimal.valueOf(points - 20), BigDecimal.valueOf(20), BigDecimal.valueOf(100), false);
    }
}
