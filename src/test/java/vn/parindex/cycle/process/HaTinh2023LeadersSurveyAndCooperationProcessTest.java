package vn.parindex.cycle.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.parindex.cycle.process.CycleProcess.*;

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
import vn.parindex.cooperation.CooperationService;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.leaderssurvey.LeadersSurveyService;
import vn.parindex.support.EngineClock;
import vn.parindex.support.TestHttp;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.PostgresSpringTest;
import vn.parindex.workflow.process.TaskForms;

/**
 * Seed 003 item 2 as data and tasks of the cycle, on the engine clock: (2.b) every department's leaders answer the
 * Ministry's e-survey "trước 31/12/2023", 100% of them, a unit's task coming round until it reports all answered, the
 * late unit's notices by the deadline watch; (2.a) the units that cooperate on a lead unit's items send it their input
 * before its self-score is due (16/01/2024; 3 working days before, assumed).
 */
class HaTinh2023LeadersSurveyAndCooperationProcessTest extends PostgresSpringTest {

    private static final int YEAR = 2023;
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    // seed 003 item 2: "Các sở, ban, ngành cấp tỉnh; các cơ quan Trung ương đóng trên địa bàn tỉnh" (the directory's
    // departments of 2023 and Cục Thuế tỉnh)
    private static final List<String> SURVEY_UNITS = List.of("VPUBND", "SNV", "STP", "STC", "STTTT", "SKHDT", "SKHCN",
            "SLDTBXH", "SCT", "SNNPTNT", "STNMT", "SXD", "SGTVT", "SGDDT", "SYT", "SVHTTDL", "TTR", "BQLKCN", "CTT");

    @Autowired
    ProcessEngine engine;
    @Autowired
    CycleProcessService processes;
    @Autowired
    CycleDriver driver;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LeadersSurveyService survey;
    @Autowired
    CooperationService cooperation;
    @Autowired
    org.springframework.web.context.WebApplicationContext webContext;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyDepartmentsLeadersAnswerTheEsurveyBy31December2023AndTheTaskComesRoundUntilAllHave() {
        ClockUtil.setCurrentTime(EngineClock.date(LocalDateTime.of(2023, 12, 6, 9, 0)));
        ProcessInstance cycle = processes.start(YEAR, DeadlineDates.none());
        long cycleId = cycleId(cycle);

        var tasks = driver.openTasks(cycle.getId(), REPORT_LEADERS_SURVEY);
        Assertions.assertThat(tasks).extracting(task -> (String) taskService.getVariable(task.getId(), "unitCode"))
                .containsExactlyInAnyOrderElementsOf(SURVEY_UNITS);
        var sct = driver.task(cycle.getId(), REPORT_LEADERS_SURVEY, "SCT");
        // seed 003: "hoàn thành trước 31/12/2023" (a Sunday: the seed's own date, kept)
        Assertions.assertThat(sct.getDueDate()).isEqualTo(EngineClock.date(LocalDateTime.of(2023, 12, 31, 17, 0)));
        Assertions.assertThat(TaskForms.infoOf(taskService.getVariableLocalTyped(sct.getId(), TaskForms.TASK_INFO, false)).get(TaskForms.DUE_DATE_TEXT)).isEqualTo("17:00 31/12/2023");
        Assertions.assertThat(TaskForms.infoOf(taskService.getVariableLocalTyped(sct.getId(), TaskForms.TASK_INFO, false)).get(TaskForms.UNIT_NAME)).isEqualTo("Sở Công Thương");
        Assertions.assertThat(taskService.getVariableLocal(sct.getId(), "lastSurveyReport")).isEqualTo("Đơn vị chưa báo cáo lần nào.");
        assertThat(sct).hasCandidateGroup("sctOfficers");
        var ctt = driver.task(cycle.getId(), REPORT_LEADERS_SURVEY, "CTT");
        Assertions.assertThat(TaskForms.infoOf(taskService.getVariableLocalTyped(ctt.getId(), TaskForms.TASK_INFO, false)).get(TaskForms.UNIT_NAME)).isEqualTo("Cục Thuế tỉnh");

        // refused in Vietnamese, nothing stored
        Assertions.assertThatThrownBy(() -> report(cycle, "SCT", 7, 8, ""))
                .hasMessageContaining("Số lãnh đạo đã trả lời (8) lớn hơn số lãnh đạo của đơn vị (7)");
        Assertions.assertThatThrownBy(() -> report(cycle, "SCT", 7, 5, ""))
                .hasMessageContaining("Còn 2 lãnh đạo chưa trả lời phiếu khảo sát");
        Assertions.assertThatThrownBy(() -> report(cycle, "SCT", "", 5, ""))
                .hasMessageContaining("Số lãnh đạo quản lý của đơn vị: chưa nhập");
        Assertions.assertThat(jdbc.sql("select count(*) from leaders_survey_report").query(Integer.class).single()).isZero();

        // 5 of 7 answered: recorded with who has not, and the unit's task comes round again with the same due date
        ClockUtil.setCurrentTime(EngineClock.date(LocalDateTime.of(2023, 12, 20, 10, 0)));
        report(cycle, "SCT", 7, 5, "Nguyễn Văn An, Phó Giám đốc\nLê Thị Bình, Trưởng phòng Quản lý thương mại");
        var again = driver.task(cycle.getId(), REPORT_LEADERS_SURVEY, "SCT");
        Assertions.assertThat(again.getId()).isNotEqualTo(sct.getId());
        Assertions.assertThat(again.getDueDate()).isEqualTo(EngineClock.date(LocalDateTime.of(2023, 12, 31, 17, 0)));
        Assertions.assertThat((String) taskService.getVariableLocal(again.getId(), "lastSurveyReport"))
                .contains("5/7 lãnh đạo đã trả lời", "Chưa trả lời: Nguyễn Văn An, Phó Giám đốc; Lê Thị Bình");
        Assertions.assertThat(taskService.getVariableLocal(again.getId(), "leadersTotal")).isEqualTo(7);
        Assertions.assertThat(survey.latest(cycleId, "SCT").orElseThrow().complete()).isFalse();
        // the dashboard shows it per unit, by name: who has answered, who has not, the counts; Cục Thuế tỉnh too
        dashboardPage("/pages/dashboard", "snvdieuphoi", "Lãnh đạo trả lời phiếu khảo sát điện tử của Bộ Nội vụ",
                "Hạn hoàn thành: <b>17:00 31/12/2023</b>", "0/19 đơn vị đã trả lời đủ, 1 đơn vị còn lãnh đạo chưa trả lời, "
                        + "18 đơn vị chưa báo cáo", "5/7 lãnh đạo đã trả lời", "Sở Công Thương", "Còn 2 lãnh đạo chưa trả lời",
                "5/7", "Nguyễn Văn An, Phó Giám đốc", "Lê Thị Bình, Trưởng phòng Quản lý thương mại", "Cục Thuế tỉnh",
                "Chưa báo cáo");
        dashboardPage("/pages/dashboard/unit?unit=SCT", "snvgiamdoc", "Sở Công Thương",
                "Lãnh đạo trả lời phiếu khảo sát điện tử của Bộ Nội vụ", "Còn 2 lãnh đạo chưa trả lời", "5/7 lãnh đạo",
                "Nguyễn Văn An, Phó Giám đốc", "Công việc đang mở", "Báo cáo lãnh đạo trả lời phiếu khảo sát của Bộ Nội vụ");
        // a unit asked only for the survey (it plans and scores nothing) has its drill-down too
        dashboardPage("/pages/dashboard/unit?unit=CTT", "snvdieuphoi", "Cục Thuế tỉnh",
                "Đơn vị không lập kế hoạch, không tự chấm điểm trong kỳ này.", "Chưa báo cáo");
        // then all seven: the unit is done
        report(cycle, "SCT", 7, 7, "");
        Assertions.assertThat(driver.openTasks(cycle.getId(), REPORT_LEADERS_SURVEY)).hasSize(SURVEY_UNITS.size() - 1);
        Assertions.assertThat(survey.latest(cycleId, "SCT").orElseThrow().notAnswered()).isNull();

        // every unit but Sở Y tế reports 100% in time; Sở Y tế is late: the deadline watch notifies after 31/12/2023
        for (String unit : SURVEY_UNITS) {
            if (!unit.equals("SCT") && !unit.equals("SYT")) {
                report(cycle, unit, 4, 4, "");
            }
        }
        var syt = driver.task(cycle.getId(), REPORT_LEADERS_SURVEY, "SYT");
        EngineClock.fireNoticeTimers(engine, syt.getId(), EngineClock.date(LocalDateTime.of(2024, 1, 4, 17, 0)));
        Assertions.assertThat(jdbc.sql("select count(*) from notification where task_id = ? and unit_code = 'SYT' "
                        + "and planned_at > ?").params(syt.getId(), EngineClock.date(LocalDateTime.of(2023, 12, 31, 17, 0)).toInstant()
                        .atOffset(java.time.ZoneOffset.ofHours(7))).query(Integer.class).single()).isPositive();
        // past the date, the dashboard lists the late unit among the overdue ones, like any other task
        ClockUtil.setCurrentTime(EngineClock.date(LocalDateTime.of(2024, 1, 4, 17, 30)));
        dashboardPage("/pages/dashboard", "snvdieuphoi", "18/19 đơn vị đã trả lời đủ", "Đơn vị quá hạn", "Sở Y tế",
                "Lãnh đạo trả lời phiếu khảo sát điện tử", "Chưa báo cáo");
        report(cycle, "SYT", 6, 6, "");
        Assertions.assertThat(survey.progress(cycleId)).hasSize(SURVEY_UNITS.size())
                .allSatisfy(report -> Assertions.assertThat(report.complete()).isTrue());
        assertThat(cycle).hasPassed(LEADERS_SURVEY_PHASE);
    }

    @Test
    void theCooperatingUnitsSendTheLeadUnitTheirInputBeforeItsSelfScoresAreDue() throws Exception {
        ClockUtil.setCurrentTime(EngineClock.date(LocalDateTime.of(2023, 12, 6, 9, 0)));
        ProcessInstance cycle = processes.start(YEAR, DeadlineDates.none());
        long cycleId = cycleId(cycle);

        // the matrix of 2023: 7.3 led by Văn phòng UBND tỉnh with Sở TT&TT; 7.3.3 and 7.3.7 the other way round
        var tasks = driver.openTasks(cycle.getId(), SEND_COOPERATION_INPUT);
        Assertions.assertThat(tasks).extracting(task -> (String) taskService.getVariable(task.getId(), "unitCode"))
                .containsExactlyInAnyOrder("STTTT", "VPUBND");
        var stttt = driver.task(cycle.getId(), SEND_COOPERATION_INPUT, "STTTT");
        // 3 working days before the self-scores' "trước ngày 16/01/2024" (Tuesday): Thursday 11/01/2024
        Assertions.assertThat(stttt.getDueDate()).isEqualTo(EngineClock.date(LocalDateTime.of(2024, 1, 11, 17, 0)));
        var requests = cooperation.requestsOf(cycleId, "STTTT");
        Assertions.assertThat(requests).singleElement().satisfies(request -> {
            Assertions.assertThat(request.leadUnitName()).isEqualTo("Văn phòng UBND tỉnh");
            Assertions.assertThat(request.itemCodes()).allMatch(code -> code.startsWith("7.3."))
                    .doesNotContain("7.3.3", "7.3.7");
        });
        Assertions.assertThat(cooperation.requestsOf(cycleId, "VPUBND")).singleElement().satisfies(request -> {
            Assertions.assertThat(request.leadUnitName()).isEqualTo("Sở Thông tin và Truyền thông");
            Assertions.assertThat(request.itemCodes()).allMatch(code -> code.startsWith("7.3.3") || code.startsWith("7.3.7"));
        });
        Assertions.assertThat(taskService.getVariableLocal(stttt.getId(), "cooperationInputs").toString())
                .contains("Văn phòng UBND tỉnh — tiêu chí 7.3.");

        // an empty content is refused, naming the lead unit; nothing stored
        Assertions.assertThatThrownBy(() -> send(cycle, cycleId, "STTTT", ""))
                .hasMessageContaining("Văn phòng UBND tỉnh (tiêu chí 7.3.").hasMessageContaining("Vui lòng nhập nội dung phối hợp");
        Assertions.assertThat(jdbc.sql("select count(*) from cooperation_input").query(Integer.class).single()).isZero();

        ClockUtil.setCurrentTime(EngineClock.date(LocalDateTime.of(2024, 1, 10, 10, 0)));
        send(cycle, cycleId, "STTTT", "Số liệu hệ thống quản lý văn bản, chữ ký số năm 2023");
        send(cycle, cycleId, "VPUBND", "Tỷ lệ hồ sơ trực tuyến trên Cổng dịch vụ công tỉnh năm 2023");
        Assertions.assertThat(cooperation.receivedBy(cycleId, "VPUBND")).singleElement().satisfies(input -> {
            Assertions.assertThat(input.unitCode()).isEqualTo("STTTT");
            Assertions.assertThat(input.content()).isEqualTo("Số liệu hệ thống quản lý văn bản, chữ ký số năm 2023");
            Assertions.assertThat(input.evidenceRef()).isEqualTo("Công văn 12/STTTT-BCVT");
        });
        Assertions.assertThat(driver.openTasks(cycle.getId(), SEND_COOPERATION_INPUT)).isEmpty();
        assertThat(cycle).hasPassed(COOPERATION_PHASE);

        // the lead unit reads what it received on the evidence page its self-score form links to
        processes.guidanceReceived(YEAR);
        var selfScore = driver.task(cycle.getId(), CycleProcess.SELF_SCORE, "VPUBND");
        TestHttp.mockMvc(webContext).perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/pages/evidence").param("task", selfScore.getId())
                        .header("Authorization", TestHttp.basic("vpubndchuyenvien")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.stringContainsInOrder("Ý kiến, tài liệu của đơn vị phối hợp",
                                "Sở Thông tin và Truyền thông", "Số liệu hệ thống quản lý văn bản, chữ ký số năm 2023",
                                "Công văn 12/STTTT-BCVT")));
    }

    // ------------------------------------------------------------------ steps

    private void dashboardPage(String path, String user, String... inOrder) {
        String url = path + (path.contains("?") ? "&" : "?") + "year=" + YEAR;
        try {
            TestHttp.mockMvc(webContext).perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .get(url).header("Authorization", TestHttp.basic(user)))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                            org.hamcrest.Matchers.stringContainsInOrder(inOrder)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void report(ProcessInstance cycle, String unit, Object total, Object answered, String notAnswered) {
        Map<String, Object> form = new HashMap<>();
        form.put("leadersTotal", total);
        form.put("leadersAnswered", answered);
        form.put("leadersNotAnswered", notAnswered);
        driver.submitAsEngine(cycle.getId(), REPORT_LEADERS_SURVEY, unit, form);
    }

    private void send(ProcessInstance cycle, long cycleId, String unit, String content) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var request : cooperation.requestsOf(cycleId, unit)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("leadUnitCode", request.leadUnitCode());
            row.put("leadUnitLabel", request.leadUnitName());
            row.put("content", content);
            row.put("evidenceRef", "Công văn 12/" + unit + "-BCVT");
            rows.add(row);
        }
        Map<String, Object> form = new HashMap<>();
        form.put("cooperationInputs", CycleDriver.jsonRows(rows));
        driver.submitAsEngine(cycle.getId(), SEND_COOPERATION_INPUT, unit, form);
    }

    private long cycleId(ProcessInstance cycle) {
        return ((Number) engine.getRuntimeService().getVariable(cycle.getId(), CYCLE_ID)).longValue();
    }
}
