package vn.parindex.remediation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.remediation.RemediationDrafting;
import vn.parindex.common.ValidationException;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.deadlines.process.ChangeDeadlineDelegate;
import vn.parindex.remediation.DraftInput;
import vn.parindex.remediation.DraftInput.TaskInput;
import vn.parindex.remediation.RemediationPlanService;
import vn.parindex.results.MinistryResultService;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.EngineClock;
import vn.parindex.support.PostgresSpringTest;
import vn.parindex.support.ResultsFixtures;

/**
 * {@code deadline-change} for a remediation task's due date: started from its Tasklist start form by a Sở Nội vụ coordinator; the unit's open
 * report task and its deadline watch follow, the log keeps the form's fields; a refused date or a user who is not a
 * coordinator starts nothing and stores nothing.
 */
class RemediationDeadlineChangeProcessTest extends PostgresSpringTest {

    private static final String SNV = "snvdieuphoi";
    private static final String DEADLINE_CHANGE = "deadline-change";

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    FormService forms;
    @Autowired
    IdentityService identity;
    @Autowired
    CycleProcessService cycleProcesses;
    @Autowired
    RemediationProcessService processes;
    @Autowired
    RemediationPlanService plans;

    @Autowired
    RemediationDrafting drafting;
    @Autowired
    MinistryResultService results;
    @Autowired
    ResultsFixtures fixtures;
    @Autowired
    CycleDriver driver;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ChangeDeadlineDelegate startForm;

    ProcessInstance plan;

    /** The 2026 plan approved on Thursday 01/04/2027: the Ministry of Justice reports on task 1 by 31/05/2027. */
    @BeforeEach
    void approvedPlanOf2026() {
        BpmnAwareTests.init(engine);
        EngineClock.set(EngineClock.at(2027, 4, 1, 9, 0));
        ProcessInstance cycle = cycleProcesses.start(2026, DeadlineDates.none());
        long cycleId = ((Number) runtime.getVariable(cycle.getId(), "cycleId")).longValue();
        fixtures.markSubmitted(cycleId);
        results.enter(2026, fixtures.entry(2026, Map.of("2.1.1", "0")), SNV);
        plan = processes.start(2026);
        long planId = ((Number) runtime.getVariable(plan.getId(), RemediationProcess.PLAN_ID)).longValue();
        drafting.saveDraft(planId, new DraftInput("Kế hoạch khắc phục Chỉ số CCHC năm 2026", "2027-12-31", List.of(
                new TaskInput("2.1.1", "STP", "Ban hành kế hoạch xây dựng VBQPPL đúng hạn", "Tháng 5/2027",
                        "Báo cáo kết quả cho Sở Nội vụ"))), SNV);
        driver.submit(SNV, driver.task(plan.getId(), RemediationProcess.DRAFT, null), Map.of());
        driver.submit("chutich", driver.task(plan.getId(), RemediationProcess.APPROVE, null), CycleDriver.approve());
        assertThat(EngineClock.local(report().getDueDate())).isEqualTo(LocalDateTime.of(2027, 5, 31, 17, 0));
    }

    @Test
    void aCoordinatorMovesTheTasksDueDateAndTheOpenReportTaskAndItsWatchFollow() {
        List<String> timersBefore = watchTimerDueDates();
        ProcessInstance change = submitAs(SNV, List.of("snvCoordinators"), Map.of("work", "REMEDIATION", "year", 2026L, "position", 1L,
                "newDate", "2027-06-15", "reason", "Công văn 12/STP-VP đề nghị lùi hạn."));

        BpmnAwareTests.assertThat(change).isEnded()
                .hasPassed("serviceTask_changeDeadline", "endEvent_deadlineChanged");
        assertThat(EngineClock.local(report().getDueDate())).isEqualTo(LocalDateTime.of(2027, 6, 15, 17, 0));
        assertThat(watchTimerDueDates()).as("the watch's reminder and escalation move with the task")
                .hasSameSizeAs(timersBefore).doesNotContainAnyElementsOf(timersBefore);
        assertThat(jdbc.sql("select reason || '|' || changed_by || '|' || tasks_moved from deadline_change where work = 'REMEDIATION'")
                .query(String.class).single()).isEqualTo("Công văn 12/STP-VP đề nghị lùi hạn.|snvdieuphoi|1");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(change.getId())
                .variableNameIn(startForm.fields().toArray(String[]::new)).count())
                .as("the form fields live in the change log, not in variables").isZero();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(change.getId())
                .variableName("deadlineChangeId").singleResult().getValue())
                .isEqualTo(jdbc.sql("select id from deadline_change where work = 'REMEDIATION'").query(Long.class).single());
    }

    @Test
    void aSaturdayFailsTheStartWithTheReasonAndStoresNothing() {
        assertThatThrownBy(() -> submitAs(SNV, List.of("snvCoordinators"), Map.of("work", "REMEDIATION", "year", 2026L, "position", 1L,
                "newDate", "2027-06-12", "reason", "Lùi hạn.")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Ngày 12/06/2027 không phải ngày làm việc");
        assertNothingChanged();
    }

    @Test
    void aTaskNumberThePlanDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> submitAs(SNV, List.of("snvCoordinators"), Map.of("work", "REMEDIATION", "year", 2026L, "position", 7L,
                "newDate", "2027-06-15", "reason", "Lùi hạn.")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Kế hoạch khắc phục năm 2026 không có nhiệm vụ số 7.");
        assertThatThrownBy(() -> submitAs(SNV, List.of("snvCoordinators"), Map.of("work", "REMEDIATION", "year", 2026L, "position", 1.5,
                "newDate", "", "reason", "Lùi hạn.")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Vui lòng nhập số thứ tự nhiệm vụ (số nguyên từ 1).")
                .hasMessageContaining("hạn mới");
        assertNothingChanged();
    }

    @Test
    void anOfficerOfTheUnitCannotStartIt() {
        assertThatThrownBy(() -> submitAs("stpchuyenvien", List.of("stpOfficers"), Map.of("work", "REMEDIATION", "year", 2026L, "position", 1L,
                "newDate", "2027-06-15", "reason", "Đơn vị tự lùi hạn.")))
                .isInstanceOf(AuthorizationException.class);
        assertNothingChanged();
    }

    private void assertNothingChanged() {
        assertThat(jdbc.sql("select count(*) from deadline_change where work = 'REMEDIATION'").query(Integer.class).single()).isZero();
        assertThat(runtime.createProcessInstanceQuery()
                .processDefinitionKey(DEADLINE_CHANGE).count()).isZero();
        assertThat(EngineClock.local(report().getDueDate())).isEqualTo(LocalDateTime.of(2027, 5, 31, 17, 0));
    }

    private Task report() {
        return driver.task(plan.getId(), RemediationProcess.REPORT, "STP");
    }

    private List<String> watchTimerDueDates() {
        return EngineClock.noticeTimersOf(engine, report().getId()).stream()
                .map(job -> job.getDuedate().toInstant().toString()).sorted().toList();
    }

    private ProcessInstance submitAs(String user, List<String> groups, Map<String, Object> form) {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(DEADLINE_CHANGE).latestVersion().singleResult().getId();
        identity.setAuthentication(user, groups);
        try {
            return forms.submitStartForm(definition, form);
        } finally {
            identity.clearAuthentication();
        }
    }
}
