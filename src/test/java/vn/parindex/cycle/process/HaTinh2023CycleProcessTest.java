package vn.parindex.cycle.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static vn.parindex.cycle.process.CycleProcess.*;
import static vn.parindex.support.CycleDriver.approve;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.cycle.CycleService;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.focalofficials.FocalOfficialService;
import vn.parindex.support.EngineClock;
import vn.parindex.support.OfficialLayoutAssertions;
import vn.parindex.support.TestHttp;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.PostgresSpringTest;
import vn.parindex.workflow.process.TaskForms;

/**
 * Seed 003 (Hà Tĩnh 2023) as data, run on the engine clock: the province's name of the year, the units that name
 * their focal officials and scoring-software accounts by 30/12/2023 (a Saturday, the seed's date kept), what they
 * named stored in our tables or refused in Vietnamese, the late unit's notices by the deadline watch, the units'
 * self-scores by 16/01/2024 and Sở Nội vụ's report to the People's Committee by 20/01/2024 (a Saturday, kept).
 */
class HaTinh2023CycleProcessTest extends PostgresSpringTest {

    private static final int YEAR = 2023;
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    // seed 003 item 1.b (focal officials) and footnote 3 (the lead units); "Sở Kế hoạch và Đầu tư, Cục Thuế tỉnh cử 01
    // công chức"
    private static final List<String> FOCAL_UNITS = List.of("VPUBND", "SNV", "STP", "STC", "STTTT", "SKHDT", "CTT");

    @Autowired
    ProcessEngine engine;
    @Autowired
    CycleProcessService processes;
    @Autowired
    CycleService cycles;
    @Autowired
    CycleDriver driver;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    vn.parindex.results.MinistryResultService results;
    @Autowired
    vn.parindex.support.ResultsFixtures fixtures;
    @Autowired
    vn.parindex.criteria.CriteriaService criteria;
    @Autowired
    vn.parindex.appraisal.ExplanationService explanations;
    @Autowired
    org.springframework.web.context.WebApplicationContext webContext;
    @Autowired
    FocalOfficialService focalOfficials;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theHaTinhYearRunsWithSeed003sDatesOnTheEngineClock() throws Exception {
        // the province opens the year when the Ministry's guidance (7156/BNV-CCHC, 06/12/2023) has come
        ClockUtil.setCurrentTime(EngineClock.date(LocalDateTime.of(2023, 12, 6, 9, 0)));
        ProcessInstance cycle = processes.start(YEAR, DeadlineDates.none());
        long cycleId = cycleId(cycle);
        Assertions.assertThat(cycles.yearOf(cycles.get(cycleId)).province()).isEqualTo("Tỉnh Hà Tĩnh");

        // every unit seed 003 asks has its task, due 17:00 30/12/2023 (Saturday: the seed's own date, not moved)
        var focalTasks = driver.openTasks(cycle.getId(), NAME_FOCAL_OFFICIALS);
        Assertions.assertThat(focalTasks).extracting(task -> (String) taskService.getVariable(task.getId(), "unitCode"))
                .containsExactlyInAnyOrderElementsOf(FOCAL_UNITS);
        var snvTask = driver.task(cycle.getId(), NAME_FOCAL_OFFICIALS, "SNV");
        Assertions.assertThat(snvTask.getDueDate()).isEqualTo(EngineClock.date(LocalDateTime.of(2023, 12, 30, 17, 0)));
        Assertions.assertThat(TaskForms.infoOf(taskService.getVariableLocalTyped(snvTask.getId(), TaskForms.TASK_INFO, false)).get(TaskForms.DUE_DATE_TEXT)).isEqualTo("17:00 30/12/2023");
        Assertions.assertThat(TaskForms.infoOf(taskService.getVariableLocalTyped(snvTask.getId(), TaskForms.TASK_INFO, false)).get(TaskFormContext.PROVINCE_NAME)).isEqualTo("Tỉnh Hà Tĩnh");
        assertThat(snvTask).hasCandidateGroup("snvOfficers");
        // 01-02 officials per field SNV leads self-scored items of (1, 4, 5; 7.5 and 8.1 are the survey's); Sở KH&ĐT one
        Assertions.assertThat(focalOfficials.fieldsOf(cycleId, "SNV")).extracting(field -> field.code())
                .containsExactly("1", "4", "5");
        Assertions.assertThat(focalOfficials.fieldsOf(cycleId, "SKHDT")).singleElement()
                .satisfies(field -> Assertions.assertThat(field.maxOfficials()).isEqualTo(1));
        Assertions.assertThat(focalOfficials.fieldsOf(cycleId, "CTT")).singleElement()
                .satisfies(field -> Assertions.assertThat(field.maxOfficials()).isEqualTo(1));
        var cttTask = driver.task(cycle.getId(), NAME_FOCAL_OFFICIALS, "CTT");
        Assertions.assertThat(TaskForms.infoOf(taskService.getVariableLocalTyped(cttTask.getId(), TaskForms.TASK_INFO, false)).get(TaskForms.UNIT_NAME)).isEqualTo("Cục Thuế tỉnh");
        assertThat(cttTask).hasCandidateGroup("cttOfficers");
        Assertions.assertThat(taskService.getVariableLocal(snvTask.getId(), "focalOfficials").toString())
                .contains("Lĩnh vực 4. ", "(công chức thứ 2)");

        // refused in Vietnamese, nothing stored: a field without an official, a bad e-mail, two where one is asked
        var onlyFirstField = focalRows(cycleId, "SNV", 1, true);
        onlyFirstField.subList(2, onlyFirstField.size()).forEach(row -> row.put("fullName", ""));
        onlyFirstField.subList(2, onlyFirstField.size()).forEach(row -> row.put("position", ""));
        onlyFirstField.subList(2, onlyFirstField.size()).forEach(row -> row.put("phone", ""));
        onlyFirstField.subList(2, onlyFirstField.size()).forEach(row -> row.put("email", ""));
        onlyFirstField.subList(2, onlyFirstField.size()).forEach(row -> row.put("softwareAccount", ""));
        Assertions.assertThatThrownBy(() -> submitRows(cycle, "SNV", onlyFirstField))
                .hasMessageContaining("Lĩnh vực 4. ").hasMessageContaining("chưa cử đầu mối");
        var badEmail = focalRows(cycleId, "STP", 1, true);
        badEmail.get(0).put("email", "nguyenvan.a.stp");
        Assertions.assertThatThrownBy(() -> submitRows(cycle, "STP", badEmail))
                .hasMessageContaining("thư điện tử không hợp lệ");
        var twoForOne = focalRows(cycleId, "SKHDT", 1, true);
        twoForOne.add(new LinkedHashMap<>(twoForOne.get(0)));
        twoForOne.get(1).put("fullName", "Lê Văn Hùng");
        Assertions.assertThatThrownBy(() -> submitRows(cycle, "SKHDT", twoForOne))
                .hasMessageContaining("cử tối đa 1 công chức");
        Assertions.assertThatThrownBy(() -> submitRows(cycle, "STC", focalRows(cycleId, "STC", 1, false)))
                .hasMessageContaining("Phụ lục III");
        Assertions.assertThat(jdbc.sql("select count(*) from focal_official").query(Integer.class).single()).isZero();

        // every unit but Sở KH&ĐT names its officials on time
        ClockUtil.setCurrentTime(EngineClock.date(LocalDateTime.of(2023, 12, 28, 10, 0)));
        for (String unit : FOCAL_UNITS.subList(0, 5)) {
            submitRows(cycle, unit, focalRows(cycleId, unit, 2, true));
        }
        Assertions.assertThat(focalOfficials.of(cycleId, "SNV")).hasSize(6)
                .allSatisfy(official -> Assertions.assertThat(official.softwareAccount()).startsWith("hatinh.snv."));
        Assertions.assertThat(jdbc.sql("select count(*) from focal_official where cycle_id = ? and field_code is null")
                .param(cycleId).query(Integer.class).single()).isZero();

        // the late unit: the deadline watch's notices fire by the engine clock after 30/12/2023
        var skhdtTask = driver.task(cycle.getId(), NAME_FOCAL_OFFICIALS, "SKHDT");
        EngineClock.fireNoticeTimers(engine, skhdtTask.getId(), EngineClock.date(LocalDateTime.of(2024, 1, 3, 17, 0)));
        Assertions.assertThat(jdbc.sql("select count(*) from notification where task_id = ? and unit_code = 'SKHDT' "
                + "and planned_at > ?").params(skhdtTask.getId(), EngineClock.date(LocalDateTime.of(2023, 12, 30, 17, 0)).toInstant()
                        .atOffset(java.time.ZoneOffset.ofHours(7))).query(Integer.class).single()).isPositive();
        submitRows(cycle, "SKHDT", focalRows(cycleId, "SKHDT", 1, true));
        Assertions.assertThat(focalOfficials.of(cycleId, "SKHDT")).singleElement()
                .satisfies(official -> Assertions.assertThat(official.fieldCode()).isNull());
        submitRows(cycle, "CTT", focalRows(cycleId, "CTT", 1, true));
        Assertions.assertThat(focalOfficials.of(cycleId, "CTT")).singleElement()
                .satisfies(official -> Assertions.assertThat(official.fieldCode()).isNull());
        Assertions.assertThat(driver.openTasks(cycle.getId(), NAME_FOCAL_OFFICIALS)).isEmpty();
        assertThat(cycle).hasPassed(FOCAL_OFFICIALS_PHASE);

        // the plans of the year, then the self-assessment: its opening date, then units' scores due 16/01/2024
        for (String unit : cycles.planUnits(cycleId)) {
            driver.submitAsEngine(cycle.getId(), PREPARE_PLAN, unit, CycleDriver.planForm(unit));
            driver.submitAsEngine(cycle.getId(), SIGN_OFF_PLAN, unit, approve());
            driver.submitAsEngine(cycle.getId(), REVIEW_PLAN, unit, approve());
        }
        var opening = jobQuery().activityId(TIMER_OPENS).singleResult();
        Assertions.assertThat(opening.getDuedate()).isEqualTo(EngineClock.date(LocalDateTime.of(2023, 12, 7, 0, 0)));
        ClockUtil.setCurrentTime(EngineClock.date(LocalDateTime.of(2024, 1, 4, 9, 0)));
        engine.getManagementService().executeJob(opening.getId());
        Assertions.assertThat(cycles.scoringUnits(cycleId)).containsExactlyInAnyOrder("SNV", "VPUBND", "STP", "STC",
                "STTTT", "SKHDT");
        var stcScores = driver.task(cycle.getId(), SELF_SCORE, "STC");
        Assertions.assertThat(stcScores.getDueDate()).isEqualTo(EngineClock.date(LocalDateTime.of(2024, 1, 16, 17, 0)));
        for (String unit : cycles.scoringUnits(cycleId)) {
            driver.submitAsEngine(cycle.getId(), SELF_SCORE, unit, driver.scoreForm(cycleId, unit, CycleDriver::threeQuarters));
            driver.submitAsEngine(cycle.getId(), SIGN_OFF_SCORES, unit, approve());
        }
        // Sở Nội vụ's report to the People's Committee by 20/01/2024 (a Saturday, the seed's own date kept)
        Assertions.assertThat(driver.task(cycle.getId(), REVIEW_SCORES, "STC").getDueDate())
                .isEqualTo(EngineClock.date(LocalDateTime.of(2024, 1, 20, 17, 0)));
        ClockUtil.setCurrentTime(EngineClock.date(LocalDateTime.of(2024, 1, 17, 9, 0)));
        for (String unit : cycles.scoringUnits(cycleId)) {
            driver.submitAsEngine(cycle.getId(), REVIEW_SCORES, unit, approve());
        }
        var report = driver.task(cycle.getId(), PREPARE_REPORT, null);
        Assertions.assertThat(report.getDueDate()).isEqualTo(EngineClock.date(LocalDateTime.of(2024, 1, 20, 17, 0)));
        Assertions.assertThat(TaskForms.infoOf(taskService.getVariableLocalTyped(report.getId(), TaskForms.TASK_INFO, false)).get(TaskForms.DUE_DATE_TEXT)).isEqualTo("17:00 20/01/2024");
        driver.submitAsEngine(cycle.getId(), PREPARE_REPORT, null, CycleDriver.reportForm());
        driver.submitAsEngine(cycle.getId(), APPROVE_DRAFT, null, approve());
        // a Vice-chairman approves, as seed 003 is signed "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
        driver.submit("phochutich", driver.task(cycle.getId(), CHAIRMAN_APPROVAL, null), approve());
        driver.submitAsEngine(cycle.getId(), RECORD_SUBMISSION, null, CycleDriver.submissionForm());
        assertThat(cycle).isWaitingAt(RECORD_APPRAISAL);

        // the report is Hà Tĩnh's (data/official-documents/2023.yaml), not the other 2023 province's (Bình Thuận's
        // quarterly reports): seed 003's issuing body, place and internal recipients, the number and date recorded
        var docx = TestHttp.mockMvc(webContext).perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/cycles/2023/reports/self-assessment-report.docx")
                        .header("Authorization", TestHttp.basic("snvgiamdoc")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        OfficialLayoutAssertions.assertOfficialLayout(docx, new OfficialLayoutAssertions.Expected(
                List.of("ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH"), "BC-UBND", "Hà Tĩnh", "BÁO CÁO",
                "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2023", "25/BC-UBND", "ngày 17 tháng 01 năm 2024",
                List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Nguyễn Minh Hải"));
        try (var document = OfficialLayoutAssertions.open(docx)) {
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document).getText();
            Assertions.assertThat(text).contains("Chủ tịch, các PCT UBND tỉnh", "Chánh VP UBND tỉnh", "Trung tâm CB-TH",
                    "Lưu: VT, NC1, SNV").doesNotContain("Bình Thuận", "Lâm Đồng");
        }

        // the Ministry's appraisal: the units whose items lost points explain them, the Chairman approves, the
        // explanation report is Hà Tĩnh's too (its number and date as recorded)
        ClockUtil.setCurrentTime(EngineClock.date(LocalDateTime.of(2024, 2, 26, 9, 0)));
        String lost = criteria.assignmentsOf(YEAR, "STC").get(0).item().code();
        results.enter(YEAR, fixtures.entry(YEAR, Map.of(lost, "0")), "snvdieuphoi");
        driver.submitAsEngine(cycle.getId(), RECORD_APPRAISAL, null, new HashMap<>(Map.of("appraisalNoticeRef",
                "Thông báo 45/BNV-CCHC ngày 23/02/2024", "appraisalReceivedOn", "2024-02-26", "explanationDue", "2024-03-15")));
        var explaining = driver.openTasks(cycle.getId(), PREPARE_EXPLANATION);
        Assertions.assertThat(explaining).extracting(task -> (String) taskService.getVariable(task.getId(), "unitCode"))
                .containsExactly("STC");
        List<Map<String, Object>> rows = explanations.sheet(cycleId, "STC").stream().map(item -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", item.code());
            row.put("explanation", "Sở Tài chính đã công khai dự toán đúng hạn.");
            row.put("additionalEvidence", "Quyết định 12/QĐ-STC");
            return row;
        }).toList();
        driver.submitAsEngine(cycle.getId(), PREPARE_EXPLANATION, "STC", new HashMap<>(Map.of("explanationItems",
                TaskForms.json(rows))));
        driver.submitAsEngine(cycle.getId(), CONSOLIDATE_EXPLANATION, null, new HashMap<>(Map.of("explanationSummary",
                "Tỉnh giải trình 1 tiêu chí bị trừ điểm.", "explanationRequests", "Đề nghị Bộ Nội vụ xem xét lại tiêu chí " + lost + ".")));
        driver.submit("phochutich", driver.task(cycle.getId(), APPROVE_EXPLANATION, null), approve());
        ClockUtil.setCurrentTime(EngineClock.date(LocalDateTime.of(2024, 3, 12, 9, 0)));
        driver.submitAsEngine(cycle.getId(), SUBMIT_EXPLANATION, null, new HashMap<>(Map.of("explanationNumber", "31/BC-UBND",
                "explanationDate", "2024-03-12", "explanationEntered", true)));
        var explanation = TestHttp.mockMvc(webContext).perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/cycles/2023/appraisal/explanation-report.docx")
                        .header("Authorization", TestHttp.basic("snvdieuphoi")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        OfficialLayoutAssertions.assertOfficialLayout(explanation, new OfficialLayoutAssertions.Expected(
                List.of("ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH"), "BC-UBND", "Hà Tĩnh", "BÁO CÁO",
                "Giải trình kết quả thẩm định Chỉ số cải cách hành chính năm 2023 của tỉnh Hà Tĩnh", "31/BC-UBND",
                "ngày 12 tháng 3 năm 2024", List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
                "Nguyễn Minh Hải"));
        try (var document = OfficialLayoutAssertions.open(explanation)) {
            Assertions.assertThat(new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document).getText())
                    .contains("Sở Tài chính", "Quyết định 12/QĐ-STC", "Lưu: VT, NC1, SNV")
                    .doesNotContain("Bình Thuận", "Lâm Đồng");
        }
    }

    // ------------------------------------------------------------------ steps

    /**
     * The unit's rows as the form shows them, filled: the first {@code perField} rows of each field, with accounts in
     * the Ministry's software when {@code accounts}; the other rows blank.
     */
    private List<Map<String, Object>> focalRows(long cycleId, String unit, int perField, boolean accounts) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var field : focalOfficials.fieldsOf(cycleId, unit)) {
            for (int i = 0; i < field.maxOfficials(); i++) {
                int n = rows.size() + 1;
                boolean filled = i < perField;
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("fieldCode", field.code() == null ? "" : field.code());
                row.put("fieldLabel", field.label());
                row.put("fullName", filled ? "Trần Thị Minh " + n : "");
                row.put("position", filled ? "Chuyên viên, " + unit : "");
                row.put("phone", filled ? "0912 345 6" + String.format("%02d", n) : "");
                row.put("email", filled ? "chuyenvien" + n + "." + unit.toLowerCase() + "@hatinh.gov.vn" : "");
                row.put("softwareAccount", filled && accounts ? "hatinh." + unit.toLowerCase() + "." + n : "");
                rows.add(row);
            }
        }
        return rows;
    }

    private void submitRows(ProcessInstance cycle, String unit, List<Map<String, Object>> rows) {
        Map<String, Object> form = new HashMap<>();
        form.put("focalOfficials", CycleDriver.jsonRows(rows));
        driver.submitAsEngine(cycle.getId(), NAME_FOCAL_OFFICIALS, unit, form);
    }

    private long cycleId(ProcessInstance cycle) {
        return ((Number) engine.getRuntimeService().getVariable(cycle.getId(), CYCLE_ID)).longValue();
    }
}
