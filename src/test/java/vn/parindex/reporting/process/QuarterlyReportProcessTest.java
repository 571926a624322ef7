package vn.parindex.reporting.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.common.ValidationException;
import vn.parindex.reporting.DossierLevel;
import vn.parindex.reporting.QuarterlyFigure;
import vn.parindex.reporting.QuarterlyReportStatus;
import vn.parindex.reporting.QuarterlyReportingService;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.EngineClock;
import vn.parindex.support.PostgresSpringTest;
import vn.parindex.support.QuarterDriver;
import vn.parindex.workflow.process.TaskForms;

/** {@code quarterly-report}: every path of one quarter (Q1/2023, dates from data/reporting/2023.yaml). */
class QuarterlyReportProcessTest extends PostgresSpringTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    QuarterDriver driver;
    @Autowired
    QuarterlyReportingService reports;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        EngineClock.set(EngineClock.at(2023, 2, 20, 8, 0));
    }

    private ProcessInstance startQuarter() {
        return runtime.startProcessInstanceByKey(QuarterlyReportingProcess.QUARTER_PROCESS_KEY, "CCHC-2023-Q1",
                Map.of(QuarterlyReportingProcess.YEAR, 2023, QuarterlyReportingProcess.QUARTER, 1));
    }

    private long reportId(ProcessInstance quarter) {
        return ((Number) runtime.getVariable(quarter.getId(), QuarterlyReportingProcess.REPORT_ID)).longValue();
    }

    @Test
    void everyDepartmentReportsWithReturnsThenTheChairmanReturnsAndApprovesAndTheSubmissionIsRecorded() {
        ProcessInstance quarter = startQuarter();
        long reportId = reportId(quarter);
        List<Task> prepares = driver.open(quarter.getId(), QuarterlyReportingProcess.PREPARE);
        // the departments valid on 20/02/2023, each due on 03/03/2023 17:00 (data)
        assertThat(prepares).hasSize(reports.unitCodes(reportId).size()).hasSizeGreaterThan(10);
        assertThat(prepares).allSatisfy(task ->
                assertThat(EngineClock.local(task.getDueDate())).isEqualTo(LocalDateTime.of(2023, 3, 3, 17, 0)));

        // STP: the head returns once; STC: SNV returns once
        Task stp = driver.task(quarter.getId(), QuarterlyReportingProcess.PREPARE, "STP");
        driver.submit(driver.officer("STP"), stp, QuarterDriver.unitForm("STP", Map.of(QuarterlyFigure.PROVINCE_RECEIVED, 10L)));
        driver.submit(driver.head("STP"), driver.task(quarter.getId(), QuarterlyReportingProcess.SIGN_OFF, "STP"),
                CycleDriver.decision("RETURN", "Bổ sung số liệu hồ sơ."));
        Task stpAgain = driver.task(quarter.getId(), QuarterlyReportingProcess.PREPARE, "STP");
        assertThat(TaskForms.infoOf(tasks.getVariableLocalTyped(stpAgain.getId(), TaskForms.TASK_INFO, false)).get(QuarterlyReportingProcess.RETURN_COMMENT)).isEqualTo("Bổ sung số liệu hồ sơ.");
        assertThat(((Number) tasks.getVariable(stpAgain.getId(), "provinceReceived")).longValue()).isEqualTo(10L);
        driver.submit(driver.officer("STP"), stpAgain, QuarterDriver.unitForm("STP", Map.of(QuarterlyFigure.PROVINCE_RECEIVED, 12L)));
        driver.submit(driver.head("STP"), driver.task(quarter.getId(), QuarterlyReportingProcess.SIGN_OFF, "STP"), CycleDriver.approve());
        driver.submit("snvdieuphoi", driver.task(quarter.getId(), QuarterlyReportingProcess.REVIEW, "STP"), CycleDriver.approve());

        driver.submit(driver.officer("STC"), driver.task(quarter.getId(), QuarterlyReportingProcess.PREPARE, "STC"),
                QuarterDriver.unitForm("STC", Map.of()));
        driver.submit(driver.head("STC"), driver.task(quarter.getId(), QuarterlyReportingProcess.SIGN_OFF, "STC"), CycleDriver.approve());
        driver.submit("snvdieuphoi", driver.task(quarter.getId(), QuarterlyReportingProcess.REVIEW, "STC"),
                CycleDriver.decision("RETURN", "Thiếu đánh giá nguyên nhân."));
        assertThat(TaskForms.infoOf(tasks.getVariableLocalTyped(driver.task(quarter.getId(), QuarterlyReportingProcess.PREPARE,
                "STC").getId(), TaskForms.TASK_INFO, false)).get(QuarterlyReportingProcess.RETURN_COMMENT)).isEqualTo("Thiếu đánh giá nguyên nhân.");

        driver.reportAllUnits(quarter.getId(), unit -> Map.of(QuarterlyFigure.PROVINCE_RECEIVED, 1L));
        BpmnAwareTests.assertThat(quarter).hasPassed("serviceTask_consolidateQuarter")
                .isWaitingAt(QuarterlyReportingProcess.DRAFT);
        // only the departments report the province's dossiers; the districts' figure of that level is not read
        long departments = reports.unitCodes(reportId).stream()
                .filter(unit -> reports.unitLevels(reportId, unit).contains(DossierLevel.PROVINCE)).count();
        assertThat(reports.totals(reportId).get(QuarterlyFigure.PROVINCE_RECEIVED)).isEqualTo(12L + departments - 1);

        driver.submit("snvdieuphoi", driver.task(quarter.getId(), QuarterlyReportingProcess.DRAFT, null), QuarterDriver.narrativeForm(""));
        driver.submit("chutich", driver.task(quarter.getId(), QuarterlyReportingProcess.APPROVE, null),
                CycleDriver.decision("RETURN", "Bổ sung kết quả chuyển đổi số."));
        Task redraft = driver.task(quarter.getId(), QuarterlyReportingProcess.DRAFT, null);
        assertThat(TaskForms.infoOf(tasks.getVariableLocalTyped(redraft.getId(), TaskForms.TASK_INFO, false)).get(QuarterlyReportingProcess.RETURN_COMMENT)).isEqualTo("Bổ sung kết quả chuyển đổi số.");
        assertThat((String) tasks.getVariable(redraft.getId(), "directionNotes")).isEqualTo("UBND tỉnh ban hành Kế hoạch CCHC năm 2023.");
        driver.submit("snvdieuphoi", redraft, QuarterDriver.narrativeForm(" Đã bổ sung."));
        Task approve = driver.task(quarter.getId(), QuarterlyReportingProcess.APPROVE, null);
        assertThat((String) tasks.getVariable(approve.getId(), QuarterlyReportingProcess.DOCUMENT_URL))
                .isEqualTo("/api/quarterly-reports/2023/1/document?version=2");
        driver.submit("chutich", approve, CycleDriver.approve());

        EngineClock.set(EngineClock.at(2023, 3, 15, 10, 0));
        driver.submit("snvdieuphoi", driver.task(quarter.getId(), QuarterlyReportingProcess.RECORD, null),
                Map.of("documentNumber", "58/BC-UBND", "sentOn", "2023-03-15", "submissionNote", ""));
        BpmnAwareTests.assertThat(quarter).isEnded().hasPassed(QuarterlyReportingProcess.END);
        assertThat(reports.get(reportId).status()).isEqualTo(QuarterlyReportStatus.SUBMITTED);
        assertThat(reports.submission(reportId).orElseThrow().version()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from decision_log where work_kind = 'QUARTERLY_REPORT' and work_id = ? and decision = 'RETURN'")
                .param(reportId).query(Long.class).single()).isEqualTo(3L);
    }

    @Test
    void aReportThatDoesNotAddUpIsRefusedInVietnameseAndNothingIsStored() {
        ProcessInstance quarter = startQuarter();
        Task stp = driver.task(quarter.getId(), QuarterlyReportingProcess.PREPARE, "STP");
        Map<String, Object> form = QuarterDriver.unitForm("STP", Map.of(QuarterlyFigure.PROVINCE_RECEIVED, 100L,
                QuarterlyFigure.PROVINCE_RESOLVED, 90L, QuarterlyFigure.PROVINCE_ON_TIME, 85L, QuarterlyFigure.PROVINCE_LATE, 10L));
        form.put("inspections", -1L);
        form.put("positives", "");
        assertThatThrownBy(() -> driver.submit(driver.officer("STP"), stp, form))
                .hasRootCauseInstanceOf(ValidationException.class).rootCause()
                .hasMessageContaining("Hồ sơ cấp tỉnh: số hồ sơ đúng hạn (85) cộng trễ hạn (10) không được lớn hơn số hồ sơ đã giải quyết (90).")
                .hasMessageContaining("Số cơ quan, đơn vị được kiểm tra công tác CCHC phải là số nguyên không âm")
                .hasMessageContaining("Vui lòng nhập nội dung \"III.1. Mặt tích cực\".");
        assertThat(jdbc.sql("select count(*) from quarterly_unit_report").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from quarterly_unit_figure").query(Long.class).single()).isZero();
        BpmnAwareTests.assertThat(quarter).isWaitingAt(QuarterlyReportingProcess.PREPARE);
    }

    @Test
    void aSecondQuarterInstanceForTheSameQuarterIsRefused() {
        startQuarter();
        assertThatThrownBy(this::startQuarter).isInstanceOf(ValidationException.class)
                .hasMessage("Báo cáo CCHC quý I năm 2023 đã được mở.");
    }

    @Test
    void theNoticeTimerRemindsAndEscalatesAQuarterlyTaskUnderTheQuartersContext() {
        ProcessInstance quarter = startQuarter();
        Task stp = driver.task(quarter.getId(), QuarterlyReportingProcess.PREPARE, "STP");
        assertThat(EngineClock.noticeTimersOf(engine, stp.getId())).hasSize(1);
        EngineClock.runNoticeTimersUntil(management, EngineClock.at(2023, 3, 7, 9, 0));
        List<Map<String, Object>> sent = jdbc.sql("""
                        select step_code, recipient_user, cycle_id, subject from notification where task_id = ?
                        order by planned_at, recipient_user""").param(stp.getId()).query().listOfRows();
        // due Fri 03/03/2023: 5, 2, 1 working days before, then the head one working day late (Mon 06/03)
        assertThat(sent).extracting(row -> row.get("step_code"))
                .containsSubsequence("remind5", "remind2", "remind1", "escalateHead");
        assertThat(sent).allSatisfy(row -> assertThat(row.get("cycle_id")).isNull());
        assertThat(sent).extracting(row -> row.get("recipient_user")).contains("stpchuyenvien", "stpthutruong");
    }
}
