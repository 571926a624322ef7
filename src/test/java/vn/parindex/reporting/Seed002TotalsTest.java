package vn.parindex.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.parindex.common.ValidationException;

/**
 * Seed 002 (Báo cáo 58/BC-UBND, Bình Thuận, Q1/2023) rebuilt from the units that hold each level: two departments
 * carry the province-level dossiers (10.888 resolved, 10.866 on time, 22 late), two districts their own (32.300,
 * 30.724, 1.576) and their communes' (71.749, 68.946, 2.803). The province's sums and rates must be the seed's:
 * 99,8% / 0,2%, 95,12% / 4,88%, 96,09% / 3,91%; 40 PAKN, 30 resolved; 40 tasks of the Government (15 done, 25 in
 * time); 548 of 650 online services on the national portal (84,31%); 1.099.446 of 4.362.804 million đồng disbursed.
 */
class Seed002TotalsTest {

    private static final Set<DossierLevel> DEPARTMENT = EnumSet.of(DossierLevel.PROVINCE);
    private static final Set<DossierLevel> DISTRICT = EnumSet.of(DossierLevel.DISTRICT, DossierLevel.COMMUNE);

    private static Map<String, Object> form(Map<QuarterlyFigure, Long> figures) {
        Map<String, Object> form = new HashMap<>();
        for (QuarterlyFigure figure : QuarterlyFigure.values()) {
            form.put(figure.key(), figures.getOrDefault(figure, 0L));
        }
        form.put("positives", "Công tác CCHC được quan tâm.");
        form.put("limitations", "Còn hồ sơ trễ hẹn.");
        form.put("nextQuarterTasks", "Đẩy mạnh dịch vụ công trực tuyến.");
        return form;
    }

    private static List<ReportContent> seed002Reports() {
        ReportContent stp = ReportContent.parse(form(Map.of(QuarterlyFigure.PROVINCE_RECEIVED, 5_100L,
                QuarterlyFigure.PROVINCE_RESOLVED, 4_990L, QuarterlyFigure.PROVINCE_ON_TIME, 4_980L,
                QuarterlyFigure.PROVINCE_LATE, 10L, QuarterlyFigure.FEEDBACK_RECEIVED, 40L, QuarterlyFigure.FEEDBACK_RESOLVED, 30L,
                QuarterlyFigure.GOV_TASKS_ASSIGNED, 40L, QuarterlyFigure.GOV_TASKS_COMPLETED, 15L,
                QuarterlyFigure.GOV_TASKS_IN_PROGRESS, 25L)), DEPARTMENT);
        ReportContent stc = ReportContent.parse(form(Map.of(QuarterlyFigure.PROVINCE_RECEIVED, 6_000L,
                QuarterlyFigure.PROVINCE_RESOLVED, 5_898L, QuarterlyFigure.PROVINCE_ON_TIME, 5_886L,
                QuarterlyFigure.PROVINCE_LATE, 12L, QuarterlyFigure.INVESTMENT_PLAN, 4_362_804L,
                QuarterlyFigure.INVESTMENT_DISBURSED, 1_099_446L, QuarterlyFigure.ONLINE_SERVICES, 650L,
                QuarterlyFigure.ONLINE_SERVICES_FULL, 316L, QuarterlyFigure.ONLINE_SERVICES_NATIONAL_PORTAL, 548L)), DEPARTMENT);
        // a district's form also carries a province-level figure (a stale value): it is not asked of it and not read
        Map<QuarterlyFigure, Long> phanThiet = new HashMap<>(Map.of(QuarterlyFigure.DISTRICT_RECEIVED, 20_100L,
                QuarterlyFigure.DISTRICT_RESOLVED, 20_000L, QuarterlyFigure.DISTRICT_ON_TIME, 18_900L,
                QuarterlyFigure.DISTRICT_LATE, 1_100L, QuarterlyFigure.COMMUNE_RECEIVED, 50_500L,
                QuarterlyFigure.COMMUNE_RESOLVED, 50_000L, QuarterlyFigure.COMMUNE_ON_TIME, 48_000L,
                QuarterlyFigure.COMMUNE_LATE, 2_000L));
        phanThiet.put(QuarterlyFigure.PROVINCE_RESOLVED, 999L);
        ReportContent phanThietReport = ReportContent.parse(form(phanThiet), DISTRICT);
        // La Gi resolved more district dossiers (12.300) than it received (12.000): 500 came over from the last quarter
        ReportContent laGi = ReportContent.parse(form(Map.of(QuarterlyFigure.DISTRICT_RECEIVED, 12_000L,
                QuarterlyFigure.DISTRICT_BACKLOG, 500L, QuarterlyFigure.DISTRICT_RESOLVED, 12_300L,
                QuarterlyFigure.DISTRICT_ON_TIME, 11_824L, QuarterlyFigure.DISTRICT_LATE, 476L,
                QuarterlyFigure.COMMUNE_RECEIVED, 21_800L, QuarterlyFigure.COMMUNE_RESOLVED, 21_749L,
                QuarterlyFigure.COMMUNE_ON_TIME, 20_946L, QuarterlyFigure.COMMUNE_LATE, 803L)), DISTRICT);
        assertThat(phanThietReport.figures()).doesNotContainKey(QuarterlyFigure.PROVINCE_RESOLVED);
        return List.of(stp, stc, phanThietReport, laGi);
    }

    /** The seed writes "99,8%"; the rate's number is compared whatever the space before the sign. */
    private static String seedStyle(String rate) {
        return rate.replace(" %", "%");
    }

    @Test
    void theProvinceSumsEachLevelFromTheUnitsThatHoldItWithSeed002sRates() {
        ProvincialTotals totals = ProvincialTotals.sum(seed002Reports(),
                List.of("Sở Tư pháp", "Sở Tài chính", "UBND thành phố Phan Thiết", "UBND thị xã La Gi"),
                EnumSet.of(DossierLevel.PROVINCE, DossierLevel.DISTRICT, DossierLevel.COMMUNE));

        List<ProvincialTotals.Level> levels = totals.levels();
        assertThat(levels).extracting(ProvincialTotals.Level::name)
                .containsExactly("Cấp tỉnh", "Cấp huyện", "Cấp xã", "Toàn tỉnh");
        ProvincialTotals.Level province = levels.get(0);
        assertThat(List.of(province.resolved(), province.onTime(), province.late())).containsExactly("10.888", "10.866", "22");
        assertThat(seedStyle(province.onTimeRate())).isEqualTo("99,8%");
        assertThat(seedStyle(province.lateRate())).isEqualTo("0,2%");
        ProvincialTotals.Level district = levels.get(1);
        assertThat(List.of(district.backlog(), district.resolved(), district.onTime(), district.late()))
                .containsExactly("500", "32.300", "30.724", "1.576");
        assertThat(seedStyle(district.onTimeRate())).isEqualTo("95,12%");
        assertThat(seedStyle(district.lateRate())).isEqualTo("4,88%");
        ProvincialTotals.Level commune = levels.get(2);
        assertThat(List.of(commune.resolved(), commune.onTime(), commune.late())).containsExactly("71.749", "68.946", "2.803");
        assertThat(seedStyle(commune.onTimeRate())).isEqualTo("96,09%");
        assertThat(seedStyle(commune.lateRate())).isEqualTo("3,91%");
        assertThat(totals.resolved()).isEqualTo(10_888L + 32_300L + 71_749L);

        assertThat(totals.lines()).extracting(line -> line.label() + " = " + line.count() + " " + seedStyle(line.rate()))
                .contains("Phản ánh, kiến nghị về quy định hành chính, TTHC: số tiếp nhận = 40 ",
                        "Phản ánh, kiến nghị về quy định hành chính, TTHC: số đã giải quyết xong = 30 75%",
                        "Nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao: tổng số = 40 ",
                        "Nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao: đã hoàn thành = 15 37,5%",
                        "Nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao: còn trong hạn, đang triển khai = 25 62,5%",
                        "Trong đó: dịch vụ công trực tuyến tích hợp trên Cổng Dịch vụ công quốc gia = 548 84,31%",
                        "Kế hoạch vốn đầu tư công được giao (triệu đồng) = 4.362.804 ",
                        // the seed writes 25,20%: the same rate
                        "Vốn đầu tư công đã giải ngân (triệu đồng) = 1.099.446 25,2%");
    }

    @Test
    void afterTheDistrictLevelEndedTheReportHasNoDistrictRow() {
        ProvincialTotals totals = ProvincialTotals.sum(List.of(), List.of(),
                EnumSet.of(DossierLevel.PROVINCE, DossierLevel.COMMUNE));
        assertThat(totals.levels()).extracting(ProvincialTotals.Level::name).containsExactly("Cấp tỉnh", "Cấp xã", "Toàn tỉnh");
        assertThat(totals.summary()).doesNotContain("Cấp huyện");
    }

    @Test
    void resolvedAboveReceivedIsRefusedUnlessTheBacklogCoversIt() {
        Map<String, Object> noBacklog = form(Map.of(QuarterlyFigure.COMMUNE_RECEIVED, 100L,
                QuarterlyFigure.COMMUNE_RESOLVED, 130L, QuarterlyFigure.COMMUNE_ON_TIME, 130L));
        assertThatThrownBy(() -> ReportContent.parse(noBacklog, EnumSet.of(DossierLevel.COMMUNE)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Hồ sơ cấp xã: số hồ sơ đã giải quyết (130) không được lớn hơn số hồ sơ tiếp nhận (100).");
        Map<String, Object> smallBacklog = new HashMap<>(noBacklog);
        smallBacklog.put(QuarterlyFigure.COMMUNE_BACKLOG.key(), 20L);
        assertThatThrownBy(() -> ReportContent.parse(smallBacklog, EnumSet.of(DossierLevel.COMMUNE)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Hồ sơ cấp xã: số hồ sơ đã giải quyết (130) không được lớn hơn số hồ sơ tiếp nhận (100) "
                        + "cộng số hồ sơ kỳ trước chuyển sang (20).");
        Map<String, Object> enoughBacklog = new HashMap<>(noBacklog);
        enoughBacklog.put(QuarterlyFigure.COMMUNE_BACKLOG.key(), 30L);
        assertThat(ReportContent.parse(enoughBacklog, EnumSet.of(DossierLevel.COMMUNE)).figure(QuarterlyFigure.COMMUNE_RESOLVED))
                .isEqualTo(130L);
    }

    @Test
    void aCommuneIsAskedForItsOwnLevelOnlyAndTheNewFiguresAreChecked() {
        Map<String, Object> form = form(Map.of(QuarterlyFigure.GOV_TASKS_ASSIGNED, 40L, QuarterlyFigure.GOV_TASKS_COMPLETED, 15L,
                QuarterlyFigure.ONLINE_SERVICES, 10L, QuarterlyFigure.ONLINE_SERVICES_NATIONAL_PORTAL, 11L,
                QuarterlyFigure.INVESTMENT_PLAN, 100L, QuarterlyFigure.INVESTMENT_DISBURSED, 101L));
        form.remove(QuarterlyFigure.PROVINCE_RECEIVED.key());
        form.remove(QuarterlyFigure.DISTRICT_BACKLOG.key());
        assertThatThrownBy(() -> ReportContent.parse(form, EnumSet.of(DossierLevel.COMMUNE)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("số đã hoàn thành, còn trong hạn và quá hạn (15) phải bằng tổng số nhiệm vụ được giao (40).")
                .hasMessageContaining("Số dịch vụ công trực tuyến tích hợp trên Cổng Dịch vụ công quốc gia không được lớn hơn")
                .hasMessageContaining("Vốn đầu tư công đã giải ngân không được lớn hơn kế hoạch vốn được giao.")
                .message().doesNotContain("cấp tỉnh").doesNotContain("cấp huyện");
        Map<String, Object> missing = form(Map.of());
        missing.remove(QuarterlyFigure.COMMUNE_BACKLOG.key());
        assertThatThrownBy(() -> ReportContent.parse(missing, EnumSet.of(DossierLevel.COMMUNE)))
                .hasMessageContaining("Vui lòng nhập hồ sơ cấp xã: số hồ sơ kỳ trước chuyển sang (nhập 0 nếu không có).");
    }
}
