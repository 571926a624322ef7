package vn.parindex.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.parindex.criteria.CriteriaService;
import vn.parindex.criteria.Criterion;
import vn.parindex.cycle.CycleService;
import vn.parindex.cycle.CycleStatus;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.remediation.process.RemediationProcess;
import vn.parindex.results.GapAnalysisService;
import vn.parindex.results.MinistryResultService;
import vn.parindex.results.ResultEntry;
import vn.parindex.results.ResultsAnalysis;
import vn.parindex.remediation.files.RemediationPlanDocument;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.OfficialLayoutAssertions;
import vn.parindex.workflow.PersonNames;
import vn.parindex.support.EngineClock;
import vn.parindex.support.PostgresSpringTest;

/**
 * The rest of the reform year on real PostgreSQL, as the demo users with authorization on: the 2022 and 2026 cycles
 * go to the Ministry (self-scores three quarters of each maximum), SNV enters the Ministry's results over HTTP, the
 * analysis shows self vs appraised per item, field and unit (2026's Sở KH&amp;CN compared with 2022's Sở TT&amp;TT), a
 * remediation plan is drafted from the items that lost points, returned by the Chairman and approved, the units
 * report (one late, with its reminders and escalation in the notification log), SNV accepts, and the plan completes.
 * Bad input is refused in Vietnamese with nothing stored.
 */
class ResultsAndRemediationIT extends PostgresSpringTest {

    private static final String COORDINATOR = "snvdieuphoi";
    private static final String CHAIRMAN = "chutich";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    CycleProcessService cycleProcesses;
    @Autowired
    CycleService cycles;
    @Autowired
    CycleDriver driver;
    @Autowired
    CriteriaService criteria;
    @Autowired
    MinistryResultService results;
    @Autowired
    GapAnalysisService analysis;
    @Autowired
    RemediationPlanService plans;

    @Autowired
    RemediationDrafting drafting;
    @Autowired
    vn.parindex.remediation.process.RemediationProcessService remediationProcesses;
    @Autowired
    vn.parindex.support.ResultsFixtures fixtures;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;

    @Test
    void resultsAreComparedAcrossYearsAndTheirGapsRemediedByTheUnits() throws Exception {
        MockMvc web = MockMvcBuilders.webAppContextSetup(context)
                .addFilters((Filter) context.getBean("apiAuthenticationFilter")).build();
        EngineClock.set(EngineClock.at(2027, 3, 30, 9, 0));
        driveToTheMinistry(2022, false);
        long cycle2026 = driveToTheMinistry(2026, true);
        assertThat(cycles.get(cycle2026).status()).as("waits for the Ministry's appraisal").isEqualTo(CycleStatus.OPEN);
        results.enter(2022, entry(2022, Map.of("7.3.7", "0,5", "8.2.2", "0,25", "1.8.1", "1")), COORDINATOR);

        // --- results of 2026 over HTTP: bad input first, nothing stored
        web.perform(get("/api/cycles/2026/results").header("Authorization", basic(COORDINATOR)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("Chưa nhập kết quả của Bộ Nội vụ cho kỳ đánh giá năm 2026."));
        Map<String, Object> bad = body(entry(2026, Map.of("2.1.1", "1,5")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> badItems = (List<Map<String, Object>>) bad.get("items");
        badItems.add(Map.of("code", "9.9.9", "score", 1));
        web.perform(post("/api/cycles/2026/results").header("Authorization", basic(COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(bad)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasItem("Tiêu chí 9.9.9 không có trong bộ tiêu chí 876-2022.")))
                .andExpect(jsonPath("$.problems", hasItem("Điểm của tiêu chí 2.1.1 (1,5) vượt điểm tối đa 1.")));
        web.perform(post("/pages/results/paste").param("year", "2026").param("decisionRef", "QĐ 268/QĐ-BNV")
                        .param("pasted", "Mã\tĐiểm\n1.1.1\t1\n1.1.2\t3\n").header("Authorization", basic(COORDINATOR)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("vượt điểm tối đa 2")))
                .andExpect(content().string(containsString("Còn thiếu điểm của")));
        web.perform(post("/api/cycles/2026/results").header("Authorization", basic("stpchuyenvien"))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body(entry(2026, Map.of())))))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from ministry_result where cycle_id = ?").param(cycle2026).query(Integer.class)
                .single()).as("nothing stored after refused entries").isZero();

        Map<String, String> appraisal = Map.of("2.1.1", "0", "7.3.7", "0,25", "8.2.2", "0", "1.1.1", "1",
                "1.8.1", "1,5", "8.1.1", "3");
        web.perform(post("/api/cycles/2026/results").header("Authorization", basic(COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body(entry(2026, appraisal)))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.result.version").value(1))
                .andExpect(jsonPath("$.previousYears[0]").value(2022));

        ResultsAnalysis a = analysis.forYear(2026);
        Map<String, ResultsAnalysis.ItemRow> items = new LinkedHashMap<>();
        a.items().forEach(item -> items.put(item.code(), item));
        assertThat(items.get("2.1.1")).extracting(ResultsAnalysis.ItemRow::selfScore, ResultsAnalysis.ItemRow::appraisedScore,
                        ResultsAnalysis.ItemRow::lost, ResultsAnalysis.ItemRow::leadUnit)
                .satisfies(values -> {
                    assertThat((BigDecimal) values.get(0)).isEqualByComparingTo("0.75");
                    assertThat((BigDecimal) values.get(1)).isEqualByComparingTo("0");
                    assertThat(values.get(2)).isEqualTo(true);
                    assertThat(values.get(3)).isEqualTo("STP");
                });
        assertThat(items.get("1.1.1").lost()).as("appraised above the self-score").isFalse();
        assertThat(items.get("1.8.1").survey()).isTrue();
        assertThat(items.get("1.8.1").lostPoints()).isEqualByComparingTo("0.5");
        assertThat(items.get("1.8.1").leadUnit()).isEqualTo("SNV");
        assertThat(items.get("7.3.7").leadUnit()).isEqualTo("SKHCN");
        assertThat(items.get("7.3.7").previous()).singleElement().satisfies(previous -> {
            assertThat(previous.year()).isEqualTo(2022);
            assertThat(previous.score()).isEqualByComparingTo("0.5");
            assertThat(previous.leadUnit()).isEqualTo("STTTT");
        });
        assertThat(a.lostItems()).extracting(ResultsAnalysis.ItemRow::code)
                .containsExactlyInAnyOrder("2.1.1", "7.3.7", "8.2.2", "1.8.1", "8.1.1");
        BigDecimal field2Self = selfScoreOfField("2");
        ResultsAnalysis.FieldRow field2 = a.fields().stream().filter(f -> f.code().equals("2")).findFirst().orElseThrow();
        assertThat(field2.selfScore()).isEqualByComparingTo(field2Self);
        assertThat(field2.appraisedScore()).isEqualByComparingTo(field2Self.subtract(new BigDecimal("0.75")));
        assertThat(field2.lostItems()).isEqualTo(1);
        assertThat(field2.previous()).extracting(ResultsAnalysis.YearTotal::year).containsExactly(2022);
        Map<String, ResultsAnalysis.UnitRow> units = new LinkedHashMap<>();
        a.units().forEach(unit -> units.put(unit.unitCode(), unit));
        assertThat(units.get("SKHCN").previous()).singleElement()
                .satisfies(previous -> assertThat(previous.units()).as("Sở KH&CN continues Sở TT&TT").containsExactly("STTTT"));
        assertThat(units.get("STC").previous()).singleElement()
                .satisfies(previous -> assertThat(previous.units()).containsExactlyInAnyOrder("STC", "SKHDT"));
        assertThat(units.get("STC").lineage()).contains("SKHDT");

        web.perform(get("/api/cycles/2026/results").header("Authorization", basic("snvgiamdoc")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totals.lostItems").value(5));
        web.perform(get("/pages/results").param("year", "2026").header("Authorization", basic(CHAIRMAN)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-item=\"2.1.1\" data-lost=\"true\"")))
                .andExpect(content().string(containsString("Năm 2022")));
        web.perform(get("/pages/results").param("year", "2026").header("Authorization", basic("stpchuyenvien")))
                .andExpect(status().isForbidden());

        // --- the remediation plan: started over HTTP, drafted from the lost items
        EngineClock.set(EngineClock.at(2027, 4, 1, 9, 0));
        web.perform(post("/api/cycles/2026/remediation").header("Authorization", basic(COORDINATOR)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.businessKey").value("KHKP-2026"));
        RemediationPlan plan = plans.live(2026).orElseThrow();
        web.perform(get("/pages/remediation/draft").param("year", "2026").header("Authorization", basic(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"7.3.7\"")))
                .andExpect(content().string(containsString("Mất 0,5 điểm")));
        assertThat(drafting.draftRows(plan.id())).filteredOn(row -> row.item().equals("7.3.7")).singleElement()
                .satisfies(row -> assertThat(row.unit()).isEqualTo("SKHCN"));

        Map<String, Object> badDraft = draft("2027-07-31", List.of(
                task("9.9", "STP", "Nhiệm vụ", "Tháng 5/2027"),
                task("7.3.7", "STTTT", "Triển khai thanh toán trực tuyến", "Tháng 5/2027"),
                task("2.1.1", "STP", "Ban hành kế hoạch VBQPPL", "Quý 3/2027"),
                task("2.1.1", "KHONGCO", "Ban hành kế hoạch VBQPPL", "Tháng 2/2027"),
                task("2.1.1", "STP", "Ban hành kế hoạch VBQPPL", "Tháng 5/2027")));
        web.perform(put("/api/cycles/2026/remediation/draft").header("Authorization", basic(COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(badDraft)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasItem("Nhiệm vụ dòng 1: tiêu chí 9.9 không có trong bộ tiêu chí 876-2022.")))
                .andExpect(jsonPath("$.problems", hasItem(containsString("Nhiệm vụ dòng 2: đơn vị Sở Thông tin và Truyền thông (STTTT) "
                        + "không tồn tại trong năm 2027 (đã kết thúc hoạt động ngày 28/02/2025); nhiệm vụ của đơn vị này nay thuộc "
                        + "Sở Khoa học và Công nghệ (SKHCN)."))))
                .andExpect(jsonPath("$.problems", hasItem("Nhiệm vụ dòng 3: thời gian hoàn thành \"Quý 3/2027\" không hợp lệ; ghi theo "
                        + "một trong các dạng \"Tháng 9/2027\", \"Trước ngày 15/12/2027\" hoặc \"Thường xuyên\".")))
                .andExpect(jsonPath("$.problems", hasItem("Nhiệm vụ dòng 4: không có đơn vị mã KHONGCO.")))
                .andExpect(jsonPath("$.problems", hasItem(containsString("Nhiệm vụ dòng 4: thời gian hoàn thành \"Tháng 2/2027\" đã qua"))));
        assertThat(plans.tasks(plan.id())).as("nothing stored from a refused draft").isEmpty();

        Map<String, Object> first = draft("2027-07-31", List.of(
                task("2.1.1", "STP", "Ban hành kế hoạch xây dựng VBQPPL năm đúng hạn", "Tháng 5/2027"),
                task("7.3.7", "SKHCN", "Hoàn thành thanh toán trực tuyến cho 100% thủ tục có phí, lệ phí", "Trước ngày 15/06/2027")));
        web.perform(put("/api/cycles/2026/remediation/draft").header("Authorization", basic(COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(first)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.tasks.length()").value(2));
        web.perform(post("/api/cycles/2026/remediation/draft/submit").header("Authorization", basic(COORDINATOR)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.plan.status").value("SUBMITTED"));
        driver.submit(CHAIRMAN, task(plan, RemediationProcess.APPROVE, null),
                CycleDriver.decision("RETURN", "Bổ sung nhiệm vụ cải thiện điểm điều tra xã hội học."));

        // SNV adds the survey task on the drafting page and submits from there
        web.perform(post("/pages/remediation/draft").param("year", "2026").header("Authorization", basic(COORDINATOR))
                        .params(pageForm("Kế hoạch khắc phục tồn tại, hạn chế Chỉ số CCHC năm 2026", "2027-07-31", List.of(
                                task("2.1.1", "STP", "Ban hành kế hoạch xây dựng VBQPPL năm đúng hạn", "Tháng 5/2027"),
                                task("7.3.7", "SKHCN", "Hoàn thành thanh toán trực tuyến cho 100% thủ tục có phí, lệ phí",
                                        "Trước ngày 15/06/2027"),
                                task("1.8.1", "SNV", "Khảo sát lại ý kiến đại biểu HĐND, lãnh đạo các sở về công tác chỉ đạo CCHC",
                                        "Thường xuyên")))).param("action", "submit"))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.get(plan.id()).status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(plans.tasks(plan.id())).hasSize(3);
        driver.submit(CHAIRMAN, task(plan, RemediationProcess.APPROVE, null), CycleDriver.approve());
        assertThat(plans.get(plan.id()).status()).isEqualTo(PlanStatus.IN_PROGRESS);

        // --- the Chairman agreed to give STP two more weeks: SNV moves task 1's due date (31/05 → 15/06/2027)
        Task stpOpen = task(plan, RemediationProcess.REPORT, "STP");
        assertThat(stpOpen.getDueDate()).isEqualTo(java.util.Date.from(java.time.OffsetDateTime.parse("2027-05-31T17:00+07:00").toInstant()));
        for (Object[] refused : new Object[][] {
                {1, Map.of("date", "2027-06-13", "reason", "Đồng ý gia hạn."), "Ngày 13/06/2027 không phải ngày làm việc"},
                {1, Map.of("date", "2027-03-01", "reason", "Đồng ý gia hạn."), "Hạn mới 01/03/2027 đã qua."},
                {1, Map.of("date", "2027-08-02", "reason", "Đồng ý gia hạn."), "vượt quá thời hạn thực hiện kế hoạch (31/07/2027)"},
                {1, Map.of("date", "2027-05-31", "reason", "Đồng ý gia hạn."), "không có gì thay đổi"},
                {1, Map.of("date", "2027-06-15", "reason", ""), "Vui lòng nhập lý do điều chỉnh hạn"},
                {1, Map.of("date", "2027-06-15", "reason", "=HYPERLINK(\"x\")"), "không được bắt đầu bằng dấu ="},
                {1, Map.of("date", "15/06/2027", "reason", "Đồng ý gia hạn."), "không phải là ngày hợp lệ"},
                {9, Map.of("date", "2027-06-15", "reason", "Đồng ý gia hạn."), "không có nhiệm vụ số 9"}}) {
            web.perform(put("/api/cycles/2026/remediation/tasks/" + refused[0] + "/deadline").header("Authorization", basic(COORDINATOR))
                            .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(refused[1])))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.problems", hasItem(containsString((String) refused[2]))));
        }
        web.perform(put("/api/cycles/2026/remediation/tasks/1/deadline").header("Authorization", basic("stpchuyenvien"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2027-06-15\",\"reason\":\"Tự gia hạn.\"}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from deadline_change").query(Integer.class).single())
                .as("nothing stored from a refused change").isZero();
        assertThat(task(plan, RemediationProcess.REPORT, "STP").getDueDate()).isEqualTo(stpOpen.getDueDate());

        web.perform(put("/api/cycles/2026/remediation/tasks/1/deadline").header("Authorization", basic(COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(Map.of("date", "2027-06-15",
                                "reason", "Chủ tịch UBND tỉnh đồng ý gia hạn tại Văn bản số 120/UBND-NC."))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.tasksMoved").value(1))
                .andExpect(jsonPath("$.noticesQueued").value(1))
                .andExpect(jsonPath("$.change.changedBy").value(COORDINATOR));
        assertThat(task(plan, RemediationProcess.REPORT, "STP").getDueDate())
                .isEqualTo(java.util.Date.from(java.time.OffsetDateTime.parse("2027-06-15T17:00+07:00").toInstant()));
        assertThat(plans.tasks(plan.id()).get(0).dueAt())
                .isEqualTo(java.time.OffsetDateTime.parse("2027-06-15T17:00+07:00"));
        assertThat(jdbc.sql("select min(j.duedate_) from act_ru_job j join act_ru_task t on t.execution_id_ = j.execution_id_ "
                        + "where t.id_ = ? and j.handler_type_ = 'timer-task-listener'").param(stpOpen.getId())
                        .query(java.sql.Timestamp.class).single())
                .as("the task's first reminder now 5 working days before 15/06").isEqualTo(
                        java.sql.Timestamp.from(java.time.OffsetDateTime.parse("2027-06-08T08:00+07:00").toInstant()));
        assertThat(notices(stpOpen.getId())).containsExactly("deadlineChange|stpchuyenvien|2027-04-01T09:00");
        web.perform(get("/api/cycles/2026/remediation/deadline-changes").header("Authorization", basic(CHAIRMAN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].reason").value("Chủ tịch UBND tỉnh đồng ý gia hạn tại Văn bản số 120/UBND-NC."));
        web.perform(get("/pages/remediation").param("year", "2026").header("Authorization", basic(COORDINATOR)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Các lần điều chỉnh hạn")))
                .andExpect(content().string(containsString("<td>31/05/2027</td>")))
                .andExpect(content().string(containsString("<td>15/06/2027</td>")));

        // --- the units report: STP early, SNV's quarterly check-in when it opens, SKHCN late
        EngineClock.runTimersUntil(management, RemediationProcess.PROCESS_KEY, EngineClock.at(2027, 5, 20, 10, 0));
        Task stpReport = task(plan, RemediationProcess.REPORT, "STP");
        driver.submit("stpchuyenvien", stpReport, report("DONE", "Đã ban hành Kế hoạch số 15/KH-STP.", "15/KH-STP ngày 18/5/2027"));
        driver.submit(COORDINATOR, task(plan, RemediationProcess.REVIEW, "STP"), CycleDriver.approve());
        EngineClock.runTimersUntil(management, RemediationProcess.PROCESS_KEY, EngineClock.at(2027, 5, 27, 8, 0));
        driver.submit("snvchuyenvien", task(plan, RemediationProcess.REPORT, "SNV"),
                report("IN_PROGRESS", "Đã gửi phiếu khảo sát đến 120 đại biểu.", ""));
        driver.submit(COORDINATOR, task(plan, RemediationProcess.REVIEW, "SNV"), CycleDriver.approve());

        Task skhcnReport = task(plan, RemediationProcess.REPORT, "SKHCN");
        EngineClock.runNoticeTimersUntil(management, EngineClock.at(2027, 6, 17, 9, 0));
        assertThat(notices(skhcnReport.getId())).containsExactly(
                "remind5|skhcnchuyenvien|2027-06-08T08:00", "remind2|skhcnchuyenvien|2027-06-11T08:00",
                "remind1|skhcnchuyenvien|2027-06-14T08:00", "escalateHead|skhcnthutruong|2027-06-16T08:00");
        web.perform(get("/api/cycles/2026/notifications").param("unit", "SKHCN").header("Authorization", basic(COORDINATOR)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].stepCode", hasItem("escalateHead")));
        web.perform(get("/pages/remediation").param("year", "2026").header("Authorization", basic(COORDINATOR)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-unit=\"SKHCN\" data-overdue=\"true\"")))
                .andExpect(content().string(containsString("chậm 2 ngày làm việc")))
                .andExpect(content().string(containsString("lúc <span>09:00 01/04/2027</span>")));
        driver.submit("skhcnchuyenvien", skhcnReport, report("DONE", "100% thủ tục có phí đã thanh toán trực tuyến.",
                "Báo cáo 30/BC-SKHCN"));
        assertThat(jdbc.sql("select working_days_late from remediation_report r join remediation_period p on p.id = r.period_id "
                        + "join remediation_task t on t.id = p.task_id where t.unit_code = 'SKHCN'").query(Integer.class).single())
                .isEqualTo(2);
        driver.submit(COORDINATOR, task(plan, RemediationProcess.REVIEW, "SKHCN"), CycleDriver.approve());

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(plan.processInstanceId()).count()).isZero();
        assertThat(plans.get(plan.id()).status()).isEqualTo(PlanStatus.COMPLETED);
        web.perform(get("/api/cycles/2026/remediation").header("Authorization", basic(CHAIRMAN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.counts.done").value(3))
                .andExpect(jsonPath("$.plan.status").value("COMPLETED"));
        // the plan as the People's Committee's Kế hoạch (Nghị định 30/2020 layout, as Kế hoạch 2873/KH-UBND), signed by
        // the Chairman who approved it
        byte[] planDocx = web.perform(get("/api/cycles/2026/remediation/plan.docx").header("Authorization", basic(CHAIRMAN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        OfficialLayoutAssertions.assertOfficialLayout(planDocx, new OfficialLayoutAssertions.Expected(
                List.of("ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"), "KH-UBND", "Lâm Đồng", "KẾ HOẠCH",
                RemediationPlanDocument.subject(plans.get(plan.id()).title(), 2026), null, null,
                List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), context.getBean(PersonNames.class).fullName(CHAIRMAN)));
        try (var document = OfficialLayoutAssertions.open(planDocx)) {
            assertThat(document.getParagraphs().stream().map(p -> p.getText()).toList())
                    .contains("II. NHIỆM VỤ CỤ THỂ").anyMatch(text -> text.endsWith("Sở Khoa học và Công nghệ"));
        }
        web.perform(get("/pages/dashboard").param("year", "2026").header("Authorization", basic(COORDINATOR)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("5 tiêu chí bị mất điểm")))
                .andExpect(content().string(containsString("Đã hoàn thành – 3 nhiệm vụ, 3 hoàn thành")));
        assertThat(jdbc.sql("select count(*) from decision_log where work_kind = 'REMEDIATION_PLAN' and decided_by = 'system'").query(Integer.class)
                .single()).as("every decision names its user").isZero();
    }

    /** Works a cycle as the demo users up to the report recorded as sent to the Ministry; the cycle's id. */
    /** The Chairman agreed to amend the plan in progress: a task added and another cancelled, over the API and the page. */
    @Test
    void aPlanInProgressIsAmendedOverHttpAndOnItsPage() throws Exception {
        MockMvc web = MockMvcBuilders.webAppContextSetup(context)
                .addFilters((Filter) context.getBean("apiAuthenticationFilter")).build();
        EngineClock.set(EngineClock.at(2027, 4, 1, 9, 0));
        ProcessInstance cycle = cycleProcesses.start(2026, DeadlineDates.none());
        fixtures.markSubmitted(((Number) runtime.getVariable(cycle.getId(), CycleProcess.CYCLE_ID)).longValue());
        results.enter(2026, fixtures.entry(2026, Map.of("2.1.1", "0")), COORDINATOR);
        remediationProcesses.start(2026);
        RemediationPlan plan = plans.live(2026).orElseThrow();
        drafting.saveDraft(plan.id(), new DraftInput("Kế hoạch khắc phục Chỉ số CCHC năm 2026", "2027-12-31", List.of(
                new DraftInput.TaskInput("2.1.1", "STP", "Ban hành kế hoạch xây dựng VBQPPL đúng hạn", "Tháng 5/2027", "Báo cáo Sở Nội vụ"),
                new DraftInput.TaskInput("", "SNV", "Khảo sát lại ý kiến về chỉ đạo CCHC", "Tháng 6/2027", "Báo cáo UBND tỉnh"))),
                COORDINATOR);
        driver.submit(COORDINATOR, task(plan, RemediationProcess.DRAFT, null), Map.of());
        driver.submit(CHAIRMAN, task(plan, RemediationProcess.APPROVE, null), CycleDriver.approve());
        Map<String, String> skhcn = new HashMap<>(Map.of("unit", "SKHCN", "content", "Tích hợp dịch vụ công trực tuyến lên Cổng DVC quốc gia",
                "completionTime", "Trước ngày 15/06/2027", "reporting", "Đưa vào báo cáo CCHC quý",
                "reason", "Chủ tịch UBND tỉnh đồng ý tại Văn bản số 30/UBND-NC."));

        // refused, nothing stored
        web.perform(post("/api/cycles/2026/remediation/tasks").header("Authorization", basic("stpchuyenvien"))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(skhcn)))
                .andExpect(status().isForbidden());
        Map<String, String> bad = new HashMap<>(skhcn);
        bad.put("completionTime", "Quý 3/2027");
        bad.put("unit", "KHONGCO");
        bad.put("reason", "");
        web.perform(post("/api/cycles/2026/remediation/tasks").header("Authorization", basic(COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(bad)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasItem(containsString("lý do, căn cứ"))))
                .andExpect(jsonPath("$.problems", hasItem("Nhiệm vụ bổ sung: không có đơn vị mã KHONGCO.")))
                .andExpect(jsonPath("$.problems", hasItem(containsString("Nhiệm vụ bổ sung: thời gian hoàn thành \"Quý 3/2027\" không hợp lệ"))));
        web.perform(post("/api/cycles/2026/remediation/tasks/1/cancel").header("Authorization", basic(COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}"))
                .andExpect(status().isUnprocessableEntity());
        web.perform(post("/api/cycles/2026/remediation/tasks/1/cancel").header("Authorization", basic("stpchuyenvien"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Đơn vị tự hủy.\"}"))
                .andExpect(status().isForbidden());
        assertThat(plans.tasks(plan.id())).hasSize(2).noneMatch(RemediationTask::cancelled);
        assertThat(jdbc.sql("select count(*) from remediation_amendment").query(Integer.class).single()).isZero();

        // added over the API: task 3, its report task open for SKHCN
        web.perform(post("/api/cycles/2026/remediation/tasks").header("Authorization", basic(COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(skhcn)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.position").value(3))
                .andExpect(jsonPath("$.unitCode").value("SKHCN"));
        assertThat(task(plan, RemediationProcess.REPORT, "SKHCN").getDueDate())
                .isEqualTo(java.util.Date.from(OffsetDateTime.parse("2027-06-15T17:00+07:00").toInstant()));

        // cancelled on the page: task 1, shown struck through, not counted
        Task stp = task(plan, RemediationProcess.REPORT, "STP");
        String stpNoticeTimer = management.createJobQuery().executionId(stp.getExecutionId())
                .activityId(stp.getTaskDefinitionKey()).timers().singleResult().getId();
        web.perform(post("/pages/remediation/tasks/cancel").param("year", "2026").param("position", "1")
                        .param("reason", "Đã thực hiện trong kế hoạch năm 2027 (Văn bản số 31/UBND-NC).")
                        .header("Authorization", basic(COORDINATOR)))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("message",
                        "Đã hủy nhiệm vụ số 1; việc báo cáo của đơn vị đã đóng."));
        assertThat(management.createJobQuery().jobId(stpNoticeTimer).count()).as("the cancelled task's notice timer ended").isZero();
        web.perform(get("/pages/remediation").param("year", "2026").header("Authorization", basic(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-task=\"1\" data-unit=\"STP\" data-overdue=\"false\" data-cancelled=\"true\"")))
                .andExpect(content().string(containsString("2 nhiệm vụ của 2 đơn vị: 0 hoàn thành, 0 quá hạn, 0 chờ Sở Nội vụ xem xét (1 nhiệm vụ đã hủy)")))
                .andExpect(content().string(containsString("Các lần điều chỉnh kế hoạch")))
                .andExpect(content().string(containsString("Chủ tịch UBND tỉnh đồng ý tại Văn bản số 30/UBND-NC.")));
        web.perform(get("/api/cycles/2026/remediation/amendments").header("Authorization", basic(CHAIRMAN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].kind").value("TASK_ADDED")).andExpect(jsonPath("$[1].kind").value("TASK_CANCELLED"))
                .andExpect(jsonPath("$[1].changedBy").value(COORDINATOR));
        web.perform(get("/api/cycles/2026/remediation").header("Authorization", basic(COORDINATOR)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.counts.tasks").value(2))
                .andExpect(jsonPath("$.counts.cancelled").value(1));
    }

    private long driveToTheMinistry(int year, boolean plansToo) {
        AtomicReference<ProcessInstance> started = new AtomicReference<>();
        driver.asUser(COORDINATOR, () -> started.set(cycleProcesses.start(year, DeadlineDates.none())));
        String pi = started.get().getId();
        long cycleId = cycles.findOpen(year).orElseThrow().id();
        if (plansToo) {
            for (String unit : cycles.planUnits(cycleId)) {
                driver.submit(officer(unit), driver.task(pi, CycleProcess.PREPARE_PLAN, unit), CycleDriver.planForm(unit));
                driver.submit(head(unit), driver.task(pi, CycleProcess.SIGN_OFF_PLAN, unit), CycleDriver.approve());
                driver.submit(COORDINATOR, driver.task(pi, CycleProcess.REVIEW_PLAN, unit), CycleDriver.approve());
            }
        }
        driver.asUser(COORDINATOR, () -> cycleProcesses.guidanceReceived(year));
        for (String unit : cycles.scoringUnits(cycleId)) {
            driver.submit(officer(unit), driver.task(pi, CycleProcess.SELF_SCORE, unit),
                    driver.scoreForm(cycleId, unit, CycleDriver::threeQuarters));
            driver.submit(head(unit), driver.task(pi, CycleProcess.SIGN_OFF_SCORES, unit), CycleDriver.approve());
            driver.submit(COORDINATOR, driver.task(pi, CycleProcess.REVIEW_SCORES, unit), CycleDriver.approve());
        }
        driver.submit(COORDINATOR, driver.task(pi, CycleProcess.PREPARE_REPORT, null), CycleDriver.reportForm());
        driver.submit("snvgiamdoc", driver.task(pi, CycleProcess.APPROVE_DRAFT, null), CycleDriver.approve());
        driver.submit(CHAIRMAN, driver.task(pi, CycleProcess.CHAIRMAN_APPROVAL, null), CycleDriver.approve());
        driver.submit(COORDINATOR, driver.task(pi, CycleProcess.RECORD_SUBMISSION, null), CycleDriver.submissionForm());
        return cycleId;
    }

    /** The Ministry's scores: the self-score (three quarters of the maximum) for self-scored items, the maximum for survey items. */
    private ResultEntry entry(int year, Map<String, String> overrides) {
        var cycle = results.assessedCycle(year);
        List<ResultEntry.Item> items = new ArrayList<>();
        for (Criterion item : results.scoredItems(cycle)) {
            String score = overrides.get(item.code());
            if (score == null) {
                score = (Boolean.TRUE.equals(item.selfScored())
                        ? item.maxPoints().multiply(new BigDecimal("0.75")).setScale(2, RoundingMode.HALF_UP)
                        : item.maxPoints()).toPlainString();
            }
            items.add(new ResultEntry.Item(item.code(), score));
        }
        return new ResultEntry("Quyết định số 268/QĐ-BNV ngày 28/3/" + (year + 1), (year + 1) + "-03-28", null, items);
    }

    private static Map<String, Object> body(ResultEntry entry) {
        Map<String, Object> body = new HashMap<>();
        body.put("decisionRef", entry.decisionRef());
        body.put("publishedOn", entry.publishedOn());
        List<Map<String, Object>> items = new ArrayList<>();
        entry.items().forEach(item -> items.add(Map.of("code", item.code(), "score", item.score())));
        body.put("items", items);
        return body;
    }

    private BigDecimal selfScoreOfField(String field) {
        return jdbc.sql("""
                select coalesce(sum(round(max_points * 0.75, 2)), 0) from criterion
                where criteria_set_code = '876-2022' and leaf and self_scored and (code like ? )""")
                .param(field + ".%").query(BigDecimal.class).single();
    }

    private static Map<String, Object> draft(String endsOn, List<Map<String, String>> tasks) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("title", "Kế hoạch khắc phục tồn tại, hạn chế Chỉ số CCHC năm 2026");
        draft.put("endsOn", endsOn);
        draft.put("tasks", tasks);
        return draft;
    }

    private static Map<String, String> task(String item, String unit, String content, String completion) {
        Map<String, String> task = new LinkedHashMap<>();
        task.put("item", item);
        task.put("unit", unit);
        task.put("content", content);
        task.put("completionTime", completion);
        task.put("reporting", "Đưa kết quả vào báo cáo CCHC định kỳ và năm của đơn vị");
        return task;
    }

    private static org.springframework.util.MultiValueMap<String, String> pageForm(String title, String endsOn,
                                                                                 List<Map<String, String>> tasks) {
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        form.add("title", title);
        form.add("endsOn", endsOn);
        form.add("rowCount", String.valueOf(tasks.size() + 2));
        for (int i = 0; i < tasks.size(); i++) {
            form.add("item_" + i, tasks.get(i).get("item"));
            form.add("unit_" + i, tasks.get(i).get("unit"));
            form.add("content_" + i, tasks.get(i).get("content"));
            form.add("completion_" + i, tasks.get(i).get("completionTime"));
            form.add("reporting_" + i, tasks.get(i).get("reporting"));
        }
        form.add("item_" + tasks.size(), "8.1.1");
        form.add("unit_" + tasks.size(), "SNV");
        return form;
    }

    private Task task(RemediationPlan plan, String key, String unit) {
        return driver.task(plan.processInstanceId(), key, unit);
    }

    private List<String> notices(String taskId) {
        return jdbc.sql("select step_code, recipient_user, planned_at from notification where task_id = ? order by planned_at, id")
                .param(taskId).query((rs, row) -> rs.getString(1) + "|" + rs.getString(2) + "|"
                        + rs.getObject(3, OffsetDateTime.class).atZoneSameInstant(EngineClock.ZONE).toLocalDateTime()
                        .withSecond(0).toString().substring(0, 16)).list();
    }

    private String officer(String unit) {
        return driver.memberOf(OrgDirectoryService.officersGroup(unit));
    }

    private String head(String unit) {
        return driver.memberOf(OrgDirectoryService.headsGroup(unit));
    }

    private static Map<String, Object> report(String progress, String workDone, String evidence) {
        return new HashMap<>(Map.of("progress", progress, "workDone", workDone, "evidenceRef", evidence));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

}
