package vn.parindex.remediation.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.parindex.remediation.process.RemediationProcess.*;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
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
import vn.parindex.remediation.RemediationReports;
import vn.parindex.remediation.RemediationDrafting;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.remediation.DraftInput;
import vn.parindex.remediation.DraftInput.TaskInput;
import vn.parindex.remediation.PeriodStatus;
import vn.parindex.remediation.PlanStatus;
import vn.parindex.remediation.RemediationPlanService;
import vn.parindex.remediation.ReportPeriod;
import vn.parindex.results.MinistryResultService;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.EngineClock;
import vn.parindex.support.PostgresSpringTest;
import vn.parindex.support.ResultsFixtures;
import vn.parindex.workflow.process.TaskForms;

/**
 * Every path of {@code remediation-plan}: an empty draft refused, the Chairman's return, reports due on a month's last
 * working day and on a date (open at once), a returned report, and a "Thường xuyên" task whose quarterly reports open
 * by timer on the engine clock, each on its working day.
 */
class RemediationPlanProcessTest extends PostgresSpringTest {

    private static final String SNV = "snvdieuphoi";
    private static final String CHAIRMAN = "chutich";

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService taskService;
    @Autowired
    CycleProcessService cycleProcesses;
    @Autowired
    RemediationProcessService processes;
    @Autowired
    RemediationPlanService plans;

    @Autowired
    RemediationReports reports;

    @Autowired
    RemediationDrafting drafting;
    @Autowired
    RemediationAmendmentService amendments;
    @Autowired
    MinistryResultService results;
    @Autowired
    ResultsFixtures fixtures;
    @Autowired
    CycleDriver driver;
    @Autowired
    JdbcClient jdbc;

    long cycleId;

    /** The 2026 cycle went to the Ministry; its results came on 28/03/2027; today is Thursday 01/04/2027. */
    @BeforeEach
    void resultsOf2026() {
        BpmnAwareTests.init(engine);
        EngineClock.set(EngineClock.at(2027, 4, 1, 9, 0));
        ProcessInstance cycle = cycleProcesses.start(2026, DeadlineDates.none());
        cycleId = ((Number) runtime.getVariable(cycle.getId(), "cycleId")).longValue();
        fixtures.markSubmitted(cycleId);
        results.enter(2026, fixtures.entry(2026, Map.of("2.1.1", "0", "1.8.1", "1,5")), SNV);
    }

    @Test
    void draftReturnedByTheChairmanThenApprovedAndReportedWithOneReturn() {
        ProcessInstance plan = processes.start(2026);
        assertThat(plan).isWaitingAt(DRAFT).hasBusinessKey("KHKP-2026");
        long planId = planId(plan);
        Assertions.assertThat(runtime.getVariable(plan.getId(), CYCLE_ID)).isEqualTo(cycleId);

        Assertions.assertThatThrownBy(() -> driver.submit(SNV, task(plan, DRAFT, null), Map.of()))
                .hasMessageContaining("Dự thảo kế hoạch chưa có nhiệm vụ nào");
        assertThat(plan).isWaitingAt(DRAFT);
        Assertions.assertThat(plans.get(planId).status()).isEqualTo(PlanStatus.DRAFT);
        Assertions.assertThat(plans.decisions(planId)).isEmpty();

        save(planId, List.of(new TaskInput("2.1.1", "STP", "Ban hành kế hoạch xây dựng VBQPPL đúng hạn", "Tháng 5/2027",
                "Báo cáo kết quả cho Sở Nội vụ")));
        driver.submit(SNV, task(plan, DRAFT, null), Map.of());
        Task approval = task(plan, APPROVE, null);
        assertThat(approval).hasCandidateGroup("chairman").hasCandidateGroup("viceChairman");
        Assertions.assertThat(taskService.getVariableLocal(approval.getId(), "planSummary").toString())
                .contains("Dự thảo có 1 nhiệm vụ của 1 đơn vị");
        driver.submit(CHAIRMAN, approval, CycleDriver.decision("RETURN", "Bổ sung nhiệm vụ cho Sở Khoa học và Công nghệ."));

        assertThat(plan).isWaitingAt(DRAFT);
        Task redraft = task(plan, DRAFT, null);
        Assertions.assertThat(TaskForms.infoOf(taskService.getVariableLocalTyped(redraft.getId(), TaskForms.TASK_INFO, false)).get("returnComment").toString())
                .contains("Bổ sung nhiệm vụ cho Sở Khoa học và Công nghệ.");
        Assertions.assertThat(plans.get(planId).status()).isEqualTo(PlanStatus.RETURNED);
        save(planId, List.of(
                new TaskInput("2.1.1", "STP", "Ban hành kế hoạch xây dựng VBQPPL đúng hạn", "Tháng 5/2027",
                        "Báo cáo kết quả cho Sở Nội vụ"),
                new TaskInput("", "SKHCN", "Tích hợp dịch vụ công trực tuyến lên Cổng DVC quốc gia", "Trước ngày 15/06/2027",
                        "Đưa vào báo cáo CCHC quý của đơn vị")));
        driver.submit(SNV, task(plan, DRAFT, null), Map.of());
        driver.submit(CHAIRMAN, task(plan, APPROVE, null), CycleDriver.approve());

        assertThat(plan).hasPassed(ACTIVATE).isWaitingAt(REPORT);
        Task stp = task(plan, REPORT, "STP");
        Task skhcn = task(plan, REPORT, "SKHCN");
        assertThat(stp).hasCandidateGroup("stpOfficers");
        assertThat(skhcn).hasCandidateGroup("skhcnOfficers");
        // a month is due on its last working day (Monday 31/05/2027), a date on that date, at the deadline time
        Assertions.assertThat(EngineClock.local(stp.getDueDate())).isEqualTo(LocalDateTime.of(2027, 5, 31, 17, 0));
        Assertions.assertThat(EngineClock.local(skhcn.getDueDate())).isEqualTo(LocalDateTime.of(2027, 6, 15, 17, 0));
        Assertions.assertThat(EngineClock.noticeTimersOf(engine, stp.getId())).as("the notice timer follows the unit's task").hasSize(1);
        Assertions.assertThat(taskService.getVariableLocal(stp.getId(), "taskContent"))
                .isEqualTo("Ban hành kế hoạch xây dựng VBQPPL đúng hạn");

        Assertions.assertThatThrownBy(() -> driver.submit("stpchuyenvien", stp, report("DONE", "Đã ban hành kế hoạch.", "")))
                .hasMessageContaining("vui lòng ghi tài liệu kiểm chứng");
        driver.submit("stpchuyenvien", stp, report("DONE", "Đã ban hành kế hoạch.", "Kế hoạch 15/KH-STP"));
        driver.submit(SNV, task(plan, REVIEW, "STP"), CycleDriver.decision("RETURN", "Gửi kèm quyết định ban hành."));
        Task again = task(plan, REPORT, "STP");
        Assertions.assertThat(taskService.getVariableLocal(again.getId(), "workDone")).isEqualTo("Đã ban hành kế hoạch.");
        Assertions.assertThat(TaskForms.infoOf(taskService.getVariableLocalTyped(again.getId(), TaskForms.TASK_INFO, false)).get("returnComment").toString())
                .contains("Gửi kèm quyết định ban hành.");
        driver.submit("stpchuyenvien", again, report("DONE", "Đã ban hành kế hoạch, kèm quyết định.", "Quyết định 20/QĐ-STP"));
        driver.submit(SNV, task(plan, REVIEW, "STP"), CycleDriver.approve());
        driver.submit("skhcnchuyenvien", skhcn, report("IN_PROGRESS", "Đã tích hợp 80% dịch vụ.", ""));
        driver.submit(SNV, task(plan, REVIEW, "SKHCN"), CycleDriver.approve());

        assertThat(plan).isEnded().hasPassed(COMPLETE, END, TASK_DONE).hasNotPassed(TIMER_PERIOD_OPENS);
        Assertions.assertThat(plans.get(planId).status()).isEqualTo(PlanStatus.COMPLETED);
        Assertions.assertThat(plans.live(2026)).isEmpty();
        Assertions.assertThat(plans.decisions(planId)).extracting(d -> d.step() + ":" + d.decision() + ":" + d.decidedBy())
                .containsExactly("PLAN_SUBMITTED:SUBMITTED:snvdieuphoi", "PLAN_APPROVAL:RETURN:chutich",
                        "PLAN_SUBMITTED:SUBMITTED:snvdieuphoi", "PLAN_APPROVAL:APPROVE:chutich",
                        "REPORT_REVIEW:RETURN:snvdieuphoi", "REPORT_REVIEW:APPROVE:snvdieuphoi",
                        "REPORT_REVIEW:APPROVE:snvdieuphoi");
        Assertions.assertThat(jdbc.sql("select count(*) from remediation_report").query(Integer.class).single()).isEqualTo(3);
        Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(plan.getId())
                .variableName("workDone").list()).as("reports live in our tables; the form keys stay on the tasks")
                .allMatch(variable -> variable.getTaskId() != null);
    }

    @Test
    void aRecurringTaskReportsEachQuarterOpeningByTimerOnItsWorkingDay() {
        ProcessInstance plan = processes.start(2026);
        long planId = planId(plan);
        save(planId, List.of(new TaskInput("1.8.1", "SNV", "Khảo sát lại ý kiến đại biểu, lãnh đạo về công tác chỉ đạo CCHC",
                "Thường xuyên", "Đưa vào báo cáo CCHC quý và năm của Sở Nội vụ")));
        driver.submit(SNV, task(plan, DRAFT, null), Map.of());
        driver.submit(CHAIRMAN, task(plan, APPROVE, null), CycleDriver.approve());

        long taskId = plans.taskIds(planId).get(0);
        List<ReportPeriod> periods = reports.periods(taskId);
        // quarterly reports on the 10th of the quarter's last month until the plan ends on 31/12/2027; each opens 10
        // working days before (Q3: over the National Day holidays 02–03/09)
        Assertions.assertThat(periods).extracting(ReportPeriod::label, p -> EngineClock.local(java.util.Date.from(p.opensAt().toInstant())),
                        p -> EngineClock.local(java.util.Date.from(p.dueAt().toInstant())))
                .containsExactly(
                        Assertions.tuple("Báo cáo quý II/2027", LocalDateTime.of(2027, 5, 27, 8, 0), LocalDateTime.of(2027, 6, 10, 17, 0)),
                        Assertions.tuple("Báo cáo quý III/2027", LocalDateTime.of(2027, 8, 25, 8, 0), LocalDateTime.of(2027, 9, 10, 17, 0)),
                        Assertions.tuple("Báo cáo quý IV/2027", LocalDateTime.of(2027, 11, 26, 8, 0), LocalDateTime.of(2027, 12, 10, 17, 0)));

        for (ReportPeriod period : periods) {
            assertThat(plan).isWaitingAt(TIMER_PERIOD_OPENS);
            Assertions.assertThat(taskService.createTaskQuery().processInstanceId(plan.getId()).taskDefinitionKey(REPORT).count())
                    .as("no report task before " + period.label()).isZero();
            EngineClock.runTimersUntil(management, PROCESS_KEY, period.opensAt());
            Task report = task(plan, REPORT, "SNV");
            Assertions.assertThat(TaskForms.infoOf(taskService.getVariableLocalTyped(report.getId(), TaskForms.TASK_INFO, false)).get("periodLabel")).isEqualTo(period.label());
            Assertions.assertThat(report.getDueDate()).isEqualTo(java.util.Date.from(period.dueAt().toInstant()));
            driver.submit("snvchuyenvien", report, report("IN_PROGRESS", "Đã khảo sát " + period.label(), ""));
            driver.submit(SNV, task(plan, REVIEW, "SNV"), CycleDriver.approve());
        }

        assertThat(plan).isEnded().hasPassed(TIMER_PERIOD_OPENS, COMPLETE);
        Assertions.assertThat(reports.periods(taskId)).extracting(ReportPeriod::status).containsOnly(PeriodStatus.ACCEPTED);
        Assertions.assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(plan.getId())
                .activityId(REPORT).count()).isEqualTo(3);
    }

    /**
     * The plan runs; the Chairman agrees to amend it: SNV adds a task for the Department of Science and Technology (it
     * gets its report task, due date and deadline watch at once) and cancels the Ministry of Justice's (its open report
     * task and watch go away). The plan completes when the remaining tasks are accepted; refused amendments store
     * nothing.
     */
    @Test
    void aPlanInProgressGetsATaskAddedAndAnotherCancelled() {
        ProcessInstance plan = processes.start(2026);
        long planId = planId(plan);
        save(planId, List.of(
                new TaskInput("2.1.1", "STP", "Ban hành kế hoạch xây dựng VBQPPL đúng hạn", "Tháng 5/2027", "Báo cáo Sở Nội vụ"),
                new TaskInput("1.8.1", "SNV", "Khảo sát lại ý kiến về công tác chỉ đạo CCHC", "Tháng 6/2027", "Báo cáo UBND tỉnh")));
        driver.submit(SNV, task(plan, DRAFT, null), Map.of());
        driver.submit(CHAIRMAN, task(plan, APPROVE, null), CycleDriver.approve());
        Task stpReport = task(plan, REPORT, "STP");

        // refused, nothing stored: a unit's officer; a bad row; no reason; a task the plan does not have
        TaskInput skhcnTask = new TaskInput("", "SKHCN", "Tích hợp dịch vụ công trực tuyến lên Cổng DVC quốc gia",
                "Trước ngày 15/06/2027", "Đưa vào báo cáo CCHC quý của đơn vị");
        Assertions.assertThatThrownBy(() -> driver.asUser("stpchuyenvien", () -> amendments.addTask(2026, skhcnTask, "Tự bổ sung.")))
                .hasMessage("Chỉ cán bộ điều phối của Sở Nội vụ được bổ sung nhiệm vụ khắc phục.");
        Assertions.assertThatThrownBy(() -> driver.asUser(SNV, () -> amendments.addTask(2026, new TaskInput("", "SKHCN",
                        "Tích hợp dịch vụ công", "Quý 3/2027", "Báo cáo"), "Văn bản 30/UBND-NC.")))
                .hasMessageContaining("Nhiệm vụ bổ sung: thời gian hoàn thành \"Quý 3/2027\" không hợp lệ");
        Assertions.assertThatThrownBy(() -> driver.asUser(SNV, () -> amendments.addTask(2026, skhcnTask, " ")))
                .hasMessageContaining("lý do, căn cứ");
        Assertions.assertThatThrownBy(() -> driver.asUser(SNV, () -> amendments.cancelTask(2026, 9, "Văn bản 30/UBND-NC.")))
                .hasMessage("Kế hoạch khắc phục năm 2026 không có nhiệm vụ số 9.");
        Assertions.assertThat(plans.tasks(planId)).hasSize(2);
        Assertions.assertThat(jdbc.sql("select count(*) from remediation_amendment").query(Integer.class).single()).isZero();

        // added: task 3, with its report task at once, due on the date, watched
        driver.asUser(SNV, () -> amendments.addTask(2026, skhcnTask, "Chủ tịch UBND tỉnh đồng ý tại Văn bản 30/UBND-NC."));
        Task skhcn = task(plan, REPORT, "SKHCN");
        assertThat(skhcn).hasCandidateGroup("skhcnOfficers");
        Assertions.assertThat(EngineClock.local(skhcn.getDueDate())).isEqualTo(LocalDateTime.of(2027, 6, 15, 17, 0));
        Assertions.assertThat(taskService.getVariableLocal(skhcn.getId(), "taskContent"))
                .isEqualTo("Tích hợp dịch vụ công trực tuyến lên Cổng DVC quốc gia");
        Assertions.assertThat(EngineClock.noticeTimersOf(engine, skhcn.getId())).hasSize(1);
        String stpNoticeTimer = EngineClock.noticeTimersOf(engine, stpReport.getId()).get(0).getId();
        Assertions.assertThat(plans.tasks(planId)).extracting(t -> t.position() + ":" + t.unitCode())
                .containsExactly("1:STP", "2:SNV", "3:SKHCN");

        // cancelled: task 1's report task and its notice timer go; it cannot be cancelled twice, nor its deadline moved
        driver.asUser(SNV, () -> amendments.cancelTask(2026, 1, "Đã thực hiện trong kế hoạch CCHC năm 2027 (Văn bản 31/UBND-NC)."));
        Assertions.assertThat(taskService.createTaskQuery().taskId(stpReport.getId()).count()).isZero();
        Assertions.assertThat(management.createJobQuery().jobId(stpNoticeTimer).count()).isZero();
        Assertions.assertThatThrownBy(() -> driver.asUser(SNV, () -> amendments.cancelTask(2026, 1, "Lần nữa.")))
                .hasMessage("Nhiệm vụ số 1 đã bị hủy trước đó.");
        Assertions.assertThat(plans.tasks(planId).get(0).cancelledBy()).isEqualTo(SNV);
        Assertions.assertThat(jdbc.sql("select kind || '|' || changed_by from remediation_amendment order by id")
                .query(String.class).list()).containsExactly("TASK_ADDED|snvdieuphoi", "TASK_CANCELLED|snvdieuphoi");

        // the rest is reported and accepted; the last running task cannot be cancelled; then the plan completes
        driver.submit("snvchuyenvien", task(plan, REPORT, "SNV"), report("DONE", "Đã khảo sát.", "Báo cáo 12/BC-SNV"));
        driver.submit(SNV, task(plan, REVIEW, "SNV"), CycleDriver.approve());
        Assertions.assertThatThrownBy(() -> driver.asUser(SNV, () -> amendments.cancelTask(2026, 2, "Đã xong.")))
                .hasMessageContaining("đã hoàn thành");
        Assertions.assertThatThrownBy(() -> driver.asUser(SNV, () -> amendments.cancelTask(2026, 3, "Không cần nữa.")))
                .hasMessageContaining("là nhiệm vụ cuối cùng còn đang thực hiện");
        assertThat(plan).isNotEnded();
        driver.submit("skhcnchuyenvien", task(plan, REPORT, "SKHCN"), report("DONE", "Đã tích hợp.", "Báo cáo 5/BC-SKHCN"));
        driver.submit(SNV, task(plan, REVIEW, "SKHCN"), CycleDriver.approve());

        assertThat(plan).isEnded().hasPassed(COMPLETE, END);
        Assertions.assertThat(plans.get(planId).status()).isEqualTo(PlanStatus.COMPLETED);
    }

    @Test
    void aPlanNeedsTheYearsResultsAndOnlyOneIsLiveAtATime() {
        Assertions.assertThatThrownBy(() -> processes.start(2022)).hasMessageContaining("Chưa có kỳ đánh giá Chỉ số CCHC năm 2022");
        processes.start(2026);
        Assertions.assertThatThrownBy(() -> processes.start(2026))
                .hasMessageContaining("đang được lập hoặc thực hiện (mã KHKP-2026)");
        Assertions.assertThat(jdbc.sql("select count(*) from remediation_plan").query(Integer.class).single()).isEqualTo(1);
    }

    private long planId(ProcessInstance plan) {
        return ((Number) runtime.getVariable(plan.getId(), PLAN_ID)).longValue();
    }

    private Task task(ProcessInstance plan, String key, String unit) {
        return driver.task(plan.getId(), key, unit);
    }

    private void save(long planId, List<TaskInput> tasks) {
        drafting.saveDraft(planId, new DraftInput("Kế hoạch khắc phục Chỉ số CCHC năm 2026", "2027-12-31", tasks), SNV);
    }

    private static Map<String, Object> report(String progress, String workDone, String evidence) {
        return new java.util.HashMap<>(Map.of("progress", progress, "workDone", workDone, "evidenceRef", evidence));
    }
}
