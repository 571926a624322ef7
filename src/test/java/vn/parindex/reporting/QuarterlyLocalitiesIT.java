package vn.parindex.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.common.ValidationException;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.orgdirectory.OrgUnitType;
import vn.parindex.reporting.process.QuarterlyReportingProcess;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.EngineClock;
import vn.parindex.support.PostgresSpringTest;
import vn.parindex.support.QuarterDriver;

/**
 * The quarterly report collects from the localities (issue 14 item 3), through the process as the units' officers:
 * Q1/2023 asks the departments and the districts (data/reporting/2023.yaml), each for its own levels, and the .docx
 * carries seed 002's rates per level; Q2/2023 is the six-month report; Q1/2026 asks the departments and the communes
 * and wards, and its report has no district row.
 */
class QuarterlyLocalitiesIT extends PostgresSpringTest {

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    QuarterDriver driver;
    @Autowired
    QuarterlyReportingService reports;
    @Autowired
    OrgDirectoryService orgDirectory;
    @Autowired
    CycleDriver cycleDriver;

    /** Seed 002's dossiers of Q1/2023, carried by the units that hold each level (other units report zeros). */
    private static Map<QuarterlyFigure, Long> seed002(String unit) {
        return switch (unit) {
            case "STP" -> Map.of(QuarterlyFigure.PROVINCE_RECEIVED, 5_100L, QuarterlyFigure.PROVINCE_RESOLVED, 4_990L,
                    QuarterlyFigure.PROVINCE_ON_TIME, 4_980L, QuarterlyFigure.PROVINCE_LATE, 10L,
                    QuarterlyFigure.FEEDBACK_RECEIVED, 40L, QuarterlyFigure.FEEDBACK_RESOLVED, 30L);
            case "STC" -> Map.of(QuarterlyFigure.PROVINCE_RECEIVED, 6_000L, QuarterlyFigure.PROVINCE_RESOLVED, 5_898L,
                    QuarterlyFigure.PROVINCE_ON_TIME, 5_886L, QuarterlyFigure.PROVINCE_LATE, 12L,
                    QuarterlyFigure.INVESTMENT_PLAN, 4_362_804L, QuarterlyFigure.INVESTMENT_DISBURSED, 1_099_446L);
            case "PHANTHIET" -> Map.of(QuarterlyFigure.DISTRICT_RECEIVED, 20_100L, QuarterlyFigure.DISTRICT_RESOLVED, 20_000L,
                    QuarterlyFigure.DISTRICT_ON_TIME, 18_900L, QuarterlyFigure.DISTRICT_LATE, 1_100L,
                    QuarterlyFigure.COMMUNE_RECEIVED, 50_500L, QuarterlyFigure.COMMUNE_RESOLVED, 50_000L,
                    QuarterlyFigure.COMMUNE_ON_TIME, 48_000L, QuarterlyFigure.COMMUNE_LATE, 2_000L);
            case "LAGI" -> Map.of(QuarterlyFigure.DISTRICT_RECEIVED, 12_000L, QuarterlyFigure.DISTRICT_BACKLOG, 500L,
                    QuarterlyFigure.DISTRICT_RESOLVED, 12_300L, QuarterlyFigure.DISTRICT_ON_TIME, 11_824L,
                    QuarterlyFigure.DISTRICT_LATE, 476L, QuarterlyFigure.COMMUNE_RECEIVED, 21_800L,
                    QuarterlyFigure.COMMUNE_RESOLVED, 21_749L, QuarterlyFigure.COMMUNE_ON_TIME, 20_946L,
                    QuarterlyFigure.COMMUNE_LATE, 803L);
            default -> Map.of();
        };
    }

    private ProcessInstance startQuarter(int year, int quarter) {
        return runtime.startProcessInstanceByKey(QuarterlyReportingProcess.QUARTER_PROCESS_KEY,
                QuarterlyReport.businessKey(year, quarter),
                Map.of(QuarterlyReportingProcess.YEAR, year, QuarterlyReportingProcess.QUARTER, quarter));
    }

    private Set<OrgUnitType> typesAsked(long reportId) {
        return Set.copyOf(reports.unitCodes(reportId).stream().map(unit -> orgDirectory.get(unit).type()).toList());
    }

    @Test
    void in2023TheDepartmentsAndTheDistrictsReportEachTheirLevelsAndTheProvinceHasSeed002sRates() throws Exception {
        EngineClock.set(EngineClock.at(2023, 2, 20, 8, 0));
        ProcessInstance q1 = startQuarter(2023, 1);
        long q1Id = reports.find(2023, 1).orElseThrow().id();
        assertThat(typesAsked(q1Id)).containsExactlyInAnyOrder(OrgUnitType.DEPARTMENT, OrgUnitType.DISTRICT);
        assertThat(reports.unitCodes(q1Id)).contains("STP", "PHANTHIET", "LAGI", "PHUQUY").doesNotContain("PPHANTHIET");
        assertThat(reports.unitLevels(q1Id, "STP")).containsExactly(DossierLevel.PROVINCE);
        assertThat(reports.unitLevels(q1Id, "LAGI")).containsExactly(DossierLevel.DISTRICT, DossierLevel.COMMUNE);

        // the form shows a department the province's dossiers only, a district its own and its communes'
        Task stp = driver.task(q1.getId(), QuarterlyReportingProcess.PREPARE, "STP");
        assertThat(tasks.getVariables(stp.getId(), List.of("reportsProvince", "reportsDistrict", "reportsCommune")))
                .containsEntry("reportsProvince", true).containsEntry("reportsDistrict", false).containsEntry("reportsCommune", false);
        Task laGi = driver.task(q1.getId(), QuarterlyReportingProcess.PREPARE, "LAGI");
        assertThat(tasks.getVariables(laGi.getId(), List.of("reportsProvince", "reportsDistrict", "reportsCommune")))
                .containsEntry("reportsProvince", false).containsEntry("reportsDistrict", true).containsEntry("reportsCommune", true);

        // a district cannot slip in a province-level figure: the field is not on its form, nothing is stored
        Map<String, Object> stray = QuarterDriver.unitForm("LAGI", seed002("LAGI"));
        stray.keySet().removeIf(key -> key.startsWith("province") && !key.equals("provinceResolved"));
        stray.put("provinceResolved", 777L);
        assertThatThrownBy(() -> cycleDriver.submit(driver.officer("LAGI"), laGi, stray))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Dữ liệu gửi lên có trường không thuộc biểu mẫu của công việc này (provinceResolved)");
        assertThat(reports.latestUnitReport(q1Id, "LAGI")).isEmpty();

        driver.reportAllUnits(q1.getId(), QuarterlyLocalitiesIT::seed002);
        ProvincialTotals totals = reports.totals(q1Id);
        assertThat(totals.get(QuarterlyFigure.PROVINCE_RESOLVED)).isEqualTo(10_888L);
        driver.finishQuarter(q1.getId());
        List<String> text;
        try (XWPFDocument document = docx(q1Id)) {
            XWPFTable levels = document.getTables().get(2);
            assertThat(column(levels, 0)).containsExactly("Cấp", "Cấp tỉnh", "Cấp huyện", "Cấp xã", "Toàn tỉnh");
            assertThat(seedStyle(rowOf(levels, "Cấp tỉnh"))).containsExactly("Cấp tỉnh", "0", "11.100", "10.888", "10.866", "99,8%", "22", "0,2%");
            assertThat(seedStyle(rowOf(levels, "Cấp huyện"))).containsExactly("Cấp huyện", "500", "32.100", "32.300", "30.724", "95,12%", "1.576", "4,88%");
            assertThat(seedStyle(rowOf(levels, "Cấp xã"))).containsExactly("Cấp xã", "0", "72.300", "71.749", "68.946", "96,09%", "2.803", "3,91%");
            XWPFTable figures = document.getTables().get(1);
            assertThat(seedStyle(rowOf(figures, "Vốn đầu tư công đã giải ngân (triệu đồng)"))).containsExactly(
                    "Vốn đầu tư công đã giải ngân (triệu đồng)", "1.099.446", "25,2%");
            assertThat(seedStyle(rowOf(figures, "Phản ánh, kiến nghị về quy định hành chính, TTHC: số tiếp nhận")))
                    .containsExactly("Phản ánh, kiến nghị về quy định hành chính, TTHC: số tiếp nhận", "40", "");
            text = paragraphs(document);
        }
        assertThat(String.join("\n", text)).contains("UBND thành phố Phan Thiết", "UBND huyện Phú Quý", "Sở Tư pháp")
                .contains("kết quả thực hiện các nhiệm vụ cải cách hành chính (CCHC) quý I năm 2023");

        // Q2 is the six-month report: its content covers the half-year, with the figures of quarters I and II summed
        EngineClock.set(EngineClock.at(2023, 5, 22, 8, 0));
        ProcessInstance q2 = startQuarter(2023, 2);
        long q2Id = reports.find(2023, 2).orElseThrow().id();
        driver.reportAllUnits(q2.getId(), unit -> unit.equals("LAGI") ? Map.of(QuarterlyFigure.DISTRICT_RECEIVED, 1_000L,
                QuarterlyFigure.DISTRICT_BACKLOG, 200L, QuarterlyFigure.DISTRICT_RESOLVED, 1_000L,
                QuarterlyFigure.DISTRICT_ON_TIME, 1_000L) : Map.of());
        driver.finishQuarter(q2.getId());
        try (XWPFDocument document = docx(q2Id)) {
            String all = String.join("\n", paragraphs(document));
            assertThat(all).contains("kết quả thực hiện các nhiệm vụ cải cách hành chính (CCHC) 6 tháng đầu năm 2023",
                    "Kết quả giải quyết hồ sơ thủ tục hành chính 6 tháng đầu năm 2023 (cộng quý I, II):",
                    "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ CCHC 6 THÁNG CUỐI NĂM 2023");
            XWPFTable quarterLevels = document.getTables().get(2);
            assertThat(rowOf(quarterLevels, "Cấp huyện")).startsWith("Cấp huyện", "200", "1.000", "1.000", "1.000");
            XWPFTable halfYearLevels = document.getTables().get(3);
            // the half-year's backlog is the one carried into quarter I; received and resolved are summed
            assertThat(rowOf(halfYearLevels, "Cấp huyện")).startsWith("Cấp huyện", "500", "33.100", "33.300", "31.724");
            assertThat(rowOf(halfYearLevels, "Cấp tỉnh")).startsWith("Cấp tỉnh", "0", "11.100", "10.888", "10.866");
        }
    }

    @Test
    void in2026TheCommunesAndWardsReportAndTheReportHasNoDistrictRow() throws Exception {
        EngineClock.set(EngineClock.at(2026, 2, 23, 8, 0));
        ProcessInstance q1 = startQuarter(2026, 1);
        long id = reports.find(2026, 1).orElseThrow().id();
        assertThat(typesAsked(id)).containsExactlyInAnyOrder(OrgUnitType.DEPARTMENT, OrgUnitType.COMMUNE);
        assertThat(reports.unitCodes(id)).contains("PPHANTHIET", "PMUINE", "XTUYPHONG").doesNotContain("PHANTHIET", "LAGI");
        assertThat(reports.unitLevels(id, "XTUYPHONG")).containsExactly(DossierLevel.COMMUNE);
        assertThat(reports.unitLevels(id, "SNV")).containsExactly(DossierLevel.PROVINCE);
        Map<String, Map<QuarterlyFigure, Long>> figures = new HashMap<>();
        figures.put("STP", Map.of(QuarterlyFigure.PROVINCE_RECEIVED, 300L, QuarterlyFigure.PROVINCE_RESOLVED, 300L,
                QuarterlyFigure.PROVINCE_ON_TIME, 299L, QuarterlyFigure.PROVINCE_LATE, 1L));
        figures.put("PMUINE", Map.of(QuarterlyFigure.COMMUNE_RECEIVED, 800L, QuarterlyFigure.COMMUNE_RESOLVED, 790L,
                QuarterlyFigure.COMMUNE_ON_TIME, 780L, QuarterlyFigure.COMMUNE_LATE, 10L));
        driver.reportAllUnits(q1.getId(), unit -> figures.getOrDefault(unit, Map.of()));
        assertThat(reports.totals(id).get(QuarterlyFigure.DISTRICT_RESOLVED)).isZero();
        driver.finishQuarter(q1.getId());
        try (XWPFDocument document = docx(id)) {
            XWPFTable levels = document.getTables().get(2);
            assertThat(column(levels, 0)).containsExactly("Cấp", "Cấp tỉnh", "Cấp xã", "Toàn tỉnh");
            assertThat(rowOf(levels, "Cấp xã")).startsWith("Cấp xã", "0", "800", "790", "780");
            assertThat(rowOf(levels, "Toàn tỉnh")).startsWith("Toàn tỉnh", "0", "1.100", "1.090", "1.079");
            assertThat(String.join("\n", paragraphs(document))).contains("UBND phường Mũi Né", "UBND xã Tuy Phong")
                    .doesNotContain("UBND thành phố Phan Thiết");
        }
    }

    private XWPFDocument docx(long reportId) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(reports.latestVersion(reportId).orElseThrow().document()));
    }

    private static List<String> paragraphs(XWPFDocument document) {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static List<String> seedStyle(List<String> row) {
        return row.stream().map(cell -> cell.replace(" %", "%")).toList();
    }

    private static List<String> column(XWPFTable table, int column) {
        return table.getRows().stream().map(row -> row.getCell(column).getText()).toList();
    }

    private static List<String> rowOf(XWPFTable table, String first) {
        return table.getRows().stream().filter(r -> r.getCell(0).getText().equals(first)).findFirst().orElseThrow()
                .getTableCells().stream().map(c -> c.getText()).toList();
    }
}
