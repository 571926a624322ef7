package vn.parindex.cycle.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static vn.parindex.cycle.process.CycleProcess.*;
import static vn.parindex.support.CycleDriver.approve;
import static vn.parindex.support.CycleDriver.decision;

import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.common.ValidationException;
import vn.parindex.cycle.Cycle;
import vn.parindex.cycle.CycleService;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.review.ReviewService;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.PostgresSpringTest;
import vn.parindex.workflow.process.TaskForms;

/**
 * Every path of {@code par-annual-cycle}: the happy path, each return loop, the opening timer and message, and after the
 * submission the appraisal with and without points lost, the explanation's return loop and the published results.
 */
class ParAnnualCycleProcessTest extends PostgresSpringTest {

    private static final int YEAR = 2026;

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
    ReviewService reviews;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    vn.parindex.results.MinistryResultService results;
    @Autowired
    vn.parindex.support.ResultsFixtures fixtures;
    @Autowired
    vn.parindex.appraisal.ExplanationService explanations;
    @Autowired
    vn.parindex.calendar.WorkingCalendar workingCalendar;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void runsStraightThroughFromOpeningToSubmission() {
        ProcessInstance cycle = processes.start(YEAR, DeadlineDates.none());
        long id = cycleId(cycle);

        assertThat(cycle).isWaitingAt(PREPARE_PLAN, AWAIT_OPENING);
        Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("PAR-2026")
                .count()).isEqualTo(1);
        Assertions.assertThat(driver.openTasks(cycle.getId(), PREPARE_PLAN)).hasSize(cycles.planUnits(cycleId(cycle)).size());

        acceptAllPlans(cycle);
        openSelfAssessmentByTimer(cycle);
        acceptAllScores(cycle);

        assertThat(cycle).isWaitingAt(PREPARE_REPORT);
        approveReportAndSubmit(cycle);
        assertThat(cycle).isWaitingAt(RECORD_APPRAISAL);
        Assertions.assertThat(cycles.get(id).status()).hasToString("OPEN");

        // the Ministry appraised every item at its maximum, above the self-scores: nobody has to explain
        results.enter(YEAR, fixtures.entry(YEAR, java.util.Map.of()), "snvdieuphoi");
        submit(cycle, RECORD_APPRAISAL, null, appraisalForm(CycleDriver.engineToday().plusDays(20)));
        assertThat(cycle).isWaitingAt(RECORD_PUBLISHED_RESULTS).hasNotPassed(PREPARE_EXPLANATION, CONSOLIDATE_EXPLANATION);
        publishResults(cycle);

        assertThat(cycle).isEnded().hasPassed(START, REGISTER, OPEN_SELF_ASSESSMENT, CONSOLIDATE,
                PREPARE_REPORT, APPROVE_DRAFT, CHAIRMAN_APPROVAL, RECORD_SUBMISSION, AWAIT_APPRAISAL, RECORD_APPRAISAL,
                RECORD_PUBLISHED_RESULTS, CLOSE, END);
        Cycle closed = cycles.get(id);
        Assertions.assertThat(closed.status()).hasToString("COMPLETED");
        Assertions.assertThat(cycles.findOpen(YEAR)).isEmpty();
    }

    /**
     * Two officers submit the plan at the same moment: the loser has read the task, then the winner's submission
     * commits, then the loser reads the task's execution, which by now waits at the head's sign-off. The loser's
     * completion must not move that execution on (it used to leave the sign-off and fail at its gateway on the
     * undecided {@code planSignedOff}, a 500 for the user); it is a lost race, which the engine's retry then reports
     * as the task being gone. The interleaving is forced: the loser's command reads the task, waits for the winner.
     */
    @Test
    void aSubmissionThatReadThePlanTaskBeforeAColleaguesCommitNeverMovesTheSignOffOn() throws Exception {
        ProcessInstance cycle = processes.start(YEAR, DeadlineDates.none());
        String unit = cycles.planUnits(cycleId(cycle)).get(0);
        String prepare = driver.task(cycle.getId(), PREPARE_PLAN, unit).getId();
        var commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
        ExecutorService colleague = Executors.newSingleThreadExecutor();
        try {
            Throwable lost = Assertions.catchThrowable(() -> commands.execute(context -> {
                context.getTaskManager().findTaskById(prepare); // the loser has read the task ...
                try { // ... the winner submits and commits ...
                    colleague.submit(() -> engine.getFormService().submitTaskForm(prepare, CycleDriver.planForm(unit)))
                            .get(60, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new AssertionError("the winner's submission failed", e);
                }
                engine.getFormService().submitTaskForm(prepare, CycleDriver.planForm(unit)); // ... the loser goes on
                return null;
            }));

            Assertions.assertThat(lost).as("the loser lost a race, nothing else").isInstanceOf(OptimisticLockingException.class);
            // what the engine's retry of the loser's command then finds: the task is gone (told as a 409)
            Assertions.assertThatThrownBy(() -> engine.getFormService().submitTaskForm(prepare, CycleDriver.planForm(unit)))
                    .isInstanceOf(NullValueException.class);
        } finally {
            colleague.shutdownNow();
        }
        Assertions.assertThat(driver.openTasks(cycle.getId(), SIGN_OFF_PLAN).stream()
                .filter(task -> unit.equals(taskService.getVariable(task.getId(), UNIT_CODE)))).hasSize(1);
        Assertions.assertThat(jdbc.sql("select count(*) from unit_plan where cycle_id = ? and unit_code = ?")
                .params(cycleId(cycle), unit).query(Integer.class).single()).isOne();
    }

    /**
     * After the submission: the Ministry's appraisal lowers three items of three units; each unit explains its item
     * (prefilled with its scores and evidence), SNV consolidates, the Chairman returns once then approves, SNV sends
     * the explanation report and records the published results; the cycle closes. Due dates come from the year's
     * data and the Ministry's explanation deadline; a unit's reminder fires at its engine-clock time.
     */
    @Test
    void theAppraisalIsExplainedByTheUnitsThatLostPointsApprovedSentAndItsResultsPublished() {
        ProcessInstance cycle = processes.start(YEAR, DeadlineDates.none());
        long cycleId = cycleId(cycle);
        acceptAllPlans(cycle);
        processes.guidanceReceived(YEAR);
        acceptAllScores(cycle);
        approveReportAndSubmit(cycle);

        var recordAppraisal = driver.task(cycle.getId(), RECORD_APPRAISAL, null);
        Assertions.assertThat(recordAppraisal.getDueDate()).as("data/years/2026.yaml: appraisalDue 01/03/2027")
                .isEqualTo(at(java.time.LocalDate.of(2027, 3, 1)));
        Assertions.assertThat(taskService.getVariableLocal(recordAppraisal.getId(), "explanationDue")).isEqualTo("2027-03-15");
        java.time.LocalDate today = CycleDriver.engineToday();
        java.time.LocalDate deadline = workingCalendar.addWorkingDays(today.plusDays(21), 0);
        Assertions.assertThatThrownBy(() -> submit(cycle, RECORD_APPRAISAL, null, appraisalForm(deadline)))
                .hasMessageContaining("Chưa nhập điểm thẩm định của Bộ Nội vụ");
        Assertions.assertThat(jdbc.sql("select appraisal_result_id from cycle_appraisal").query(Long.class).optional())
                .as("nothing recorded").isEmpty();

        results.enter(YEAR, fixtures.entry(YEAR, java.util.Map.of("2.1.1", "0", "7.3.7", "0", "8.2.2", "0,25")),
                "snvdieuphoi");
        submit(cycle, RECORD_APPRAISAL, null, appraisalForm(deadline));

        assertThat(cycle).hasPassed(POINTS_LOST).isWaitingAt(PREPARE_EXPLANATION);
        var explaining = driver.openTasks(cycle.getId(), PREPARE_EXPLANATION);
        Assertions.assertThat(explaining).extracting(task -> taskService.getVariable(task.getId(), UNIT_CODE))
                .containsExactlyInAnyOrder("STP", "SKHCN", "STC");
        var stp = driver.task(cycle.getId(), PREPARE_EXPLANATION, "STP");
        assertThat(stp).hasCandidateGroup("stpOfficers");
        Assertions.assertThat(stp.getDueDate()).as("4 working days before the Ministry's deadline")
                .isEqualTo(at(workingCalendar.addWorkingDays(deadline, -4)));
        String sheet = taskService.getVariableLocal(stp.getId(), "explanationItems").toString();
        Assertions.assertThat(sheet).contains("\"code\":\"2.1.1\"", "\"appraisedScore\":\"0\"",
                "Văn bản số 15/BC-STP về 2.1.1").doesNotContain("7.3.7");
        Assertions.assertThat(taskService.getVariableLocal(stp.getId(), "appraisalText").toString())
                .contains("Thông báo 123/BNV-CCHC", "3 tiêu chí bị trừ");

        // the unit's reminder, by the engine clock
        var watchTimer = vn.parindex.support.EngineClock.noticeTimersOf(engine, stp.getId()).get(0);
        Assertions.assertThat(watchTimer.getDuedate()).isBefore(stp.getDueDate());
        ClockUtil.setCurrentTime(watchTimer.getDuedate());
        try {
            engine.getManagementService().executeJob(watchTimer.getId());
        } finally {
            ClockUtil.reset();
        }
        Assertions.assertThat(jdbc.sql("select count(*) from notification where task_id = ? and unit_code = 'STP'")
                .param(stp.getId()).query(Integer.class).single()).isPositive();

        Assertions.assertThatThrownBy(() -> submit(cycle, PREPARE_EXPLANATION, "STP", explanationForm(cycleId, "STP", "")))
                .hasMessageContaining("nội dung giải trình tiêu chí 2.1.1");
        Assertions.assertThat(jdbc.sql("select count(*) from explanation_item").query(Integer.class).single()).isZero();
        for (String unit : List.of("STP", "SKHCN", "STC")) {
            submit(cycle, PREPARE_EXPLANATION, unit, explanationForm(cycleId, unit, "Đơn vị đã ban hành đủ văn bản."));
        }
        Assertions.assertThat(jdbc.sql("select criterion_code from explanation_item order by criterion_code")
                .query(String.class).list()).containsExactly("2.1.1", "7.3.7", "8.2.2");

        assertThat(cycle).isWaitingAt(CONSOLIDATE_EXPLANATION);
        Assertions.assertThat(taskService.getVariableLocal(driver.task(cycle.getId(), CONSOLIDATE_EXPLANATION, null).getId(),
                "explanations").toString()).contains("Sở Tư pháp", "Đơn vị đã ban hành đủ văn bản.");
        submit(cycle, CONSOLIDATE_EXPLANATION, null, consolidationForm());
        submit(cycle, APPROVE_EXPLANATION, null, decision("RETURN", "Bổ sung tài liệu tiêu chí 7.3.7."));
        assertThat(cycle).isWaitingAt(CONSOLIDATE_EXPLANATION);
        Assertions.assertThat(TaskForms.infoOf(taskService.getVariableLocalTyped(driver.task(cycle.getId(),
                CONSOLIDATE_EXPLANATION, null).getId(), TaskForms.TASK_INFO, false)).get(TaskForms.RETURN_COMMENT).toString()).contains("Bổ sung tài liệu tiêu chí 7.3.7.");
        submit(cycle, CONSOLIDATE_EXPLANATION, null, consolidationForm());
        var approval = driver.task(cycle.getId(), APPROVE_EXPLANATION, null);
        assertThat(approval).hasCandidateGroup("chairman");
        Assertions.assertThat(approval.getDueDate()).isEqualTo(at(workingCalendar.addWorkingDays(deadline, -1)));
        submit(cycle, APPROVE_EXPLANATION, null, approve());
        var send = driver.task(cycle.getId(), SUBMIT_EXPLANATION, null);
        Assertions.assertThat(send.getDueDate()).isEqualTo(at(deadline));
        submit(cycle, SUBMIT_EXPLANATION, null, new java.util.HashMap<>(java.util.Map.of("explanationNumber", "30/BC-UBND",
                "explanationDate", today.toString(), "explanationEntered", true)));

        var published = driver.task(cycle.getId(), RECORD_PUBLISHED_RESULTS, null);
        Assertions.assertThat(published.getDueDate()).as("resultsDue 15/04/2027").isEqualTo(at(java.time.LocalDate.of(2027, 4, 15)));
        Assertions.assertThatThrownBy(() -> submit(cycle, RECORD_PUBLISHED_RESULTS, null,
                new java.util.HashMap<>(java.util.Map.of("resultsEntered", true))))
                .hasMessageContaining("Chưa có lần nhập kết quả nào sau kết quả thẩm định");
        publishResults(cycle);

        assertThat(cycle).isEnded().hasPassed(PREPARE_EXPLANATION, CONSOLIDATE_EXPLANATION, APPROVE_EXPLANATION,
                SUBMIT_EXPLANATION, RECORD_PUBLISHED_RESULTS, CLOSE);
        Assertions.assertThat(cycles.get(cycleId).status()).hasToString("COMPLETED");
        Assertions.assertThat(jdbc.sql("select explanation_number from cycle_appraisal").query(String.class).single())
                .isEqualTo("30/BC-UBND");
        Assertions.assertThat(jdbc.sql("select explanation_on_time from cycle_appraisal").query(Boolean.class).single()).isTrue();
        Assertions.assertThat(reviews.history(cycleId).stream().map(d -> d.step() + ":" + d.decision())
                .filter(step -> step.startsWith("EXPLANATION") || step.startsWith("APPRAISAL") || step.startsWith("RESULTS")))
                .containsExactly("APPRAISAL_RECORDED:SUBMITTED", "EXPLANATION_SUBMITTED:SUBMITTED",
                        "EXPLANATION_SUBMITTED:SUBMITTED", "EXPLANATION_SUBMITTED:SUBMITTED", "EXPLANATION_PREPARED:SUBMITTED",
                        "EXPLANATION_APPROVAL:RETURN", "EXPLANATION_PREPARED:SUBMITTED", "EXPLANATION_APPROVAL:APPROVE",
                        "EXPLANATION_SENT:SUBMITTED", "RESULTS_PUBLISHED:SUBMITTED");
        Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(cycle.getId())
                .variableName("explanationSummary").list().stream().filter(v -> v.getTaskId() == null).count())
                .as("the report's text lives in our tables, not in process variables").isZero();
    }

    /** Sở Nội vụ returns one unit's explanation for revision; the other units' stay as sent and get no task. */
    @Test
    void snvReturnsOneUnitsExplanationForRevisionAndConsolidatesOnceItHasExplainedAgain() {
        ProcessInstance cycle = processes.start(YEAR, DeadlineDates.none());
        long cycleId = cycleId(cycle);
        acceptAllPlans(cycle);
        processes.guidanceReceived(YEAR);
        acceptAllScores(cycle);
        approveReportAndSubmit(cycle);
        java.time.LocalDate deadline = workingCalendar.addWorkingDays(CycleDriver.engineToday().plusDays(21), 0);
        results.enter(YEAR, fixtures.entry(YEAR, java.util.Map.of("2.1.1", "0", "7.3.7", "0", "8.2.2", "0,25")),
                "snvdieuphoi");
        submit(cycle, RECORD_APPRAISAL, null, appraisalForm(deadline));
        for (String unit : List.of("STP", "SKHCN", "STC")) {
            submit(cycle, PREPARE_EXPLANATION, unit, explanationForm(cycleId, unit, "Đơn vị đã ban hành đủ văn bản."));
        }
        var consolidation = driver.task(cycle.getId(), CONSOLIDATE_EXPLANATION, null);
        Assertions.assertThat(taskService.getVariableLocal(consolidation.getId(), "explainingUnitOptions").toString())
                .contains("Sở Tư pháp", "Sở Khoa học và Công nghệ", "Sở Tài chính");

        // without a comment: refused in Vietnamese, nothing recorded, the task stays
        Assertions.assertThatThrownBy(() -> submit(cycle, CONSOLIDATE_EXPLANATION, null, returnForm(List.of("STP"), "")))
                .hasMessageContaining("Vui lòng nhập nội dung đơn vị cần giải trình lại");
        submit(cycle, CONSOLIDATE_EXPLANATION, null, returnForm(List.of("STP"), "Bổ sung văn bản kiểm chứng tiêu chí 2.1.1."));

        // only Sở Tư pháp explains again, with Sở Nội vụ's comment; the others are not asked again
        var revisions = driver.openTasks(cycle.getId(), REVISE_EXPLANATION);
        Assertions.assertThat(revisions).extracting(task -> taskService.getVariable(task.getId(), UNIT_CODE))
                .containsExactly("STP");
        var revision = revisions.get(0);
        assertThat(revision).hasCandidateGroup("stpOfficers");
        Assertions.assertThat(TaskForms.infoOf(taskService.getVariableLocalTyped(revision.getId(), TaskForms.TASK_INFO, false)).get(TaskForms.RETURN_COMMENT).toString())
                .contains("Sở Nội vụ xem xét giải trình của đơn vị", "Bổ sung văn bản kiểm chứng tiêu chí 2.1.1.");
        Assertions.assertThat(taskService.getVariableLocal(revision.getId(), "explanationItems").toString())
                .contains("\"code\":\"2.1.1\"").doesNotContain("7.3.7");
        Assertions.assertThat(driver.openTasks(cycle.getId(), CONSOLIDATE_EXPLANATION)).isEmpty();
        submit(cycle, REVISE_EXPLANATION, "STP", explanationForm(cycleId, "STP", "Bổ sung Quyết định 45/QĐ-UBND."));

        assertThat(cycle).hasPassed(EXPLANATION_REVISION_PHASE).isWaitingAt(CONSOLIDATE_EXPLANATION);
        Assertions.assertThat(jdbc.sql("select explanation from explanation_item where unit_code = 'STP'")
                .query(String.class).single()).isEqualTo("Bổ sung Quyết định 45/QĐ-UBND.");
        Assertions.assertThat(jdbc.sql("select explanation from explanation_item where unit_code = 'STC'")
                .query(String.class).single()).isEqualTo("Đơn vị đã ban hành đủ văn bản.");
        submit(cycle, CONSOLIDATE_EXPLANATION, null, consolidationForm());
        assertThat(cycle).isWaitingAt(APPROVE_EXPLANATION);
        Assertions.assertThat(reviews.history(cycleId).stream().map(d -> d.unitCode() + ":" + d.step() + ":" + d.decision())
                .filter(step -> step.contains("EXPLANATION")))
                .containsExactly("STP:EXPLANATION_SUBMITTED:SUBMITTED", "SKHCN:EXPLANATION_SUBMITTED:SUBMITTED",
                        "STC:EXPLANATION_SUBMITTED:SUBMITTED", "STP:EXPLANATION_REVIEW:RETURN",
                        "STP:EXPLANATION_SUBMITTED:SUBMITTED", "null:EXPLANATION_PREPARED:SUBMITTED");
    }

    private static java.util.Map<String, Object> returnForm(List<String> units, String comment) {
        java.util.Map<String, Object> form = new java.util.HashMap<>();
        form.put("explanationReturnUnits", org.camunda.spin.plugin.variable.SpinValues.jsonValue(
                "[" + String.join(",", units.stream().map(unit -> "\"" + unit + "\"").toList()) + "]").create());
        form.put("explanationReturnComment", comment);
        form.put("explanationSummary", "");
        return form;
    }

    @Test
    void planReturnedByTheHeadAndBySnvLoopsBackToTheOfficers() {
        ProcessInstance cycle = processes.start(YEAR, DeadlineDates.none());
        String unit = "STP";

        submit(cycle, PREPARE_PLAN, unit, CycleDriver.planForm(unit));
        submit(cycle, SIGN_OFF_PLAN, unit, decision("RETURN", "Bổ sung phân công theo tiêu chí 2.1."));
        var reopened = driver.task(cycle.getId(), PREPARE_PLAN, unit);
        Assertions.assertThat(TaskForms.infoOf(taskService.getVariableLocalTyped(reopened.getId(), TaskForms.TASK_INFO, false)).get(TaskForms.RETURN_COMMENT).toString())
                .contains("Bổ sung phân công theo tiêu chí 2.1.");
        Assertions.assertThat(taskService.getVariableLocal(reopened.getId(), "planNumber")).isEqualTo("12/KH-STP");

        submit(cycle, PREPARE_PLAN, unit, CycleDriver.planForm(unit));
        submit(cycle, SIGN_OFF_PLAN, unit, approve());
        submit(cycle, REVIEW_PLAN, unit, decision("RETURN", "Thiếu thời hạn hoàn thành."));
        submit(cycle, PREPARE_PLAN, unit, CycleDriver.planForm(unit));
        submit(cycle, SIGN_OFF_PLAN, unit, approve());
        submit(cycle, REVIEW_PLAN, unit, approve());

        Assertions.assertThat(driver.openTasks(cycle.getId(), PREPARE_PLAN)).noneMatch(task -> unit.equals(
                taskService.getVariable(task.getId(), UNIT_CODE)));
        Assertions.assertThat(reviews.history(cycleId(cycle), unit)).extracting(d -> d.step() + ":" + d.decision())
                .containsExactly("PLAN_SUBMITTED:SUBMITTED", "PLAN_SIGN_OFF:RETURN", "PLAN_SUBMITTED:SUBMITTED",
                        "PLAN_SIGN_OFF:APPROVE", "PLAN_REVIEW:RETURN", "PLAN_SUBMITTED:SUBMITTED", "PLAN_SIGN_OFF:APPROVE",
                        "PLAN_REVIEW:APPROVE");
        Assertions.assertThat(jdbc.sql("select max(round) from unit_plan where unit_code = 'STP'").query(Integer.class).single())
                .isEqualTo(3);
        Assertions.assertThat(engine.getRuntimeService().createVariableInstanceQuery()
                .processInstanceIdIn(cycle.getId()).variableName("planSummary").list().stream()
                .filter(variable -> variable.getTaskId() == null).count())
                .as("plan text lives in our tables, not in process variables").isZero();
    }

    @Test
    void scoresReturnedTwiceAreRescoredEachTime() {
        ProcessInstance cycle = processes.start(YEAR, DeadlineDates.none());
        processes.guidanceReceived(YEAR);
        String unit = "STP";
        long cycleId = cycleId(cycle);

        submit(cycle, SELF_SCORE, unit, driver.scoreForm(cycleId, unit, CycleDriver::threeQuarters));
        submit(cycle, SIGN_OFF_SCORES, unit, decision("RETURN", "Kiểm tra lại tiêu chí 2.1.1."));
        submit(cycle, SELF_SCORE, unit, driver.scoreForm(cycleId, unit, CycleDriver::threeQuarters));
        submit(cycle, SIGN_OFF_SCORES, unit, approve());
        submit(cycle, REVIEW_SCORES, unit, decision("RETURN", "Tài liệu kiểm chứng chưa đủ."));
        submit(cycle, SELF_SCORE, unit, driver.scoreForm(cycleId, unit, row -> row.maxPoints()));
        submit(cycle, SIGN_OFF_SCORES, unit, approve());
        submit(cycle, REVIEW_SCORES, unit, approve());

        Assertions.assertThat(jdbc.sql("select round from cycle_unit where unit_code = 'STP' and phase = 'SCORING'")
                .query(Integer.class).single()).isEqualTo(3);
        Assertions.assertThat(jdbc.sql("select status from cycle_unit where unit_code = 'STP' and phase = 'SCORING'")
                .query(String.class).single()).isEqualTo("ACCEPTED");
        Assertions.assertThat(driver.openTasks(cycle.getId(), SELF_SCORE)).noneMatch(task -> unit.equals(
                taskService.getVariable(task.getId(), UNIT_CODE)));
    }

    @Test
    void chairmanReturnGoesBackToConsolidationAndDirectorReturnToTheDraft() {
        ProcessInstance cycle = processes.start(YEAR, DeadlineDates.none());
        processes.guidanceReceived(YEAR);
        acceptAllScores(cycle);

        submit(cycle, PREPARE_REPORT, null, CycleDriver.reportForm());
        submit(cycle, APPROVE_DRAFT, null, decision("RETURN", "Bổ sung phần kiến nghị."));
        assertThat(cycle).isWaitingAt(PREPARE_REPORT);
        submit(cycle, PREPARE_REPORT, null, CycleDriver.reportForm());
        submit(cycle, APPROVE_DRAFT, null, approve());
        submit(cycle, CHAIRMAN_APPROVAL, null, decision("RETURN", "Rà soát lại lĩnh vực 7."));

        assertThat(cycle).isWaitingAt(PREPARE_REPORT);
        var task = driver.task(cycle.getId(), PREPARE_REPORT, null);
        Assertions.assertThat(TaskForms.infoOf(taskService.getVariableLocalTyped(task.getId(), TaskForms.TASK_INFO, false)).get(TaskForms.RETURN_COMMENT).toString())
                .contains("Rà soát lại lĩnh vực 7.");
        Assertions.assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(cycle.getId()).activityId(CONSOLIDATE).count()).isEqualTo(2);

        approveReportAndSubmit(cycle);
        Assertions.assertThat(jdbc.sql("select count(*) from provincial_report").query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void guidanceFromTheMinistryOpensSelfAssessmentBeforeTheCalendarDate() {
        // the engine clock in the autumn of the year, before the calendar's opening date (whatever today's date is)
        Date autumn = Date.from(java.time.LocalDateTime.of(YEAR, 10, 15, 9, 0)
                .atZone(java.time.ZoneId.systemDefault()).toInstant());
        ClockUtil.setCurrentTime(autumn);
        try {
            guidanceArrivesBeforeTheOpeningDate(autumn);
        } finally {
            ClockUtil.reset();
        }
    }

    private void guidanceArrivesBeforeTheOpeningDate(Date now) {
        ProcessInstance cycle = processes.start(YEAR, DeadlineDates.none());
        Assertions.assertThat(jobQuery().activityId(TIMER_OPENS).singleResult().getDuedate())
                .isAfter(now);

        processes.guidanceReceived(YEAR);

        assertThat(cycle).hasPassed(MESSAGE_GUIDANCE, OPEN_SELF_ASSESSMENT).hasNotPassed(TIMER_OPENS);
        Assertions.assertThat(jobQuery().activityId(TIMER_OPENS).count()).isZero();
        Assertions.assertThat(driver.openTasks(cycle.getId(), SELF_SCORE)).hasSize(cycles.scoringUnits(cycleId(cycle)).size());
        Assertions.assertThatThrownBy(() -> processes.guidanceReceived(YEAR)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("đã mở tự đánh giá");
    }

    @Test
    void theTimerOpensSelfAssessmentAtTheCalendarDateByTheEngineClock() {
        ProcessInstance cycle = processes.start(YEAR, DeadlineDates.none());
        Cycle registered = cycles.get(cycleId(cycle));
        var timer = jobQuery().activityId(TIMER_OPENS).singleResult();
        Assertions.assertThat(timer.getDuedate()).isEqualTo(Date.from(registered.selfAssessmentOpens().toInstant()));

        ClockUtil.setCurrentTime(timer.getDuedate());
        Assertions.assertThat(engine.getManagementService().createJobQuery().executable().count()).isEqualTo(1);
        execute(job(TIMER_OPENS, cycle));

        assertThat(cycle).hasPassed(TIMER_OPENS, OPEN_SELF_ASSESSMENT).isWaitingAt(SELF_SCORE);
        Assertions.assertThat(cycles.get(cycleId(cycle)).selfAssessmentOpenedAt()).isNotNull();
    }

    @Test
    void dueDatesAndCandidateGroupsComeFromTheCycleAndTheUnit() {
        ProcessInstance cycle = processes.start(YEAR, new DeadlineDates(java.time.LocalDate.of(2026, 3, 10), null, null,
                null, null, null));
        var task = driver.task(cycle.getId(), PREPARE_PLAN, "STC");
        Assertions.assertThat(task.getDueDate()).isEqualTo(Date.from(cycles.get(cycleId(cycle)).planDue().toInstant()));
        Assertions.assertThat(cycles.get(cycleId(cycle)).planDue().atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .toLocalDateTime()).isEqualTo(java.time.LocalDateTime.of(2026, 3, 10, 17, 0));
        assertThat(task).hasCandidateGroup("stcOfficers");
        Assertions.assertThat(TaskForms.infoOf(taskService.getVariableLocalTyped(task.getId(), TaskForms.TASK_INFO, false)).get(TaskForms.DUE_DATE_TEXT)).isEqualTo("17:00 10/03/2026");
    }

    @Test
    void aSecondCycleForTheSameYearIsRefusedInVietnamese() {
        processes.start(YEAR, DeadlineDates.none());

        Assertions.assertThatThrownBy(() -> processes.start(YEAR, DeadlineDates.none()))
                .hasMessageContaining("Kỳ đánh giá Chỉ số CCHC năm 2026 đang mở");
        Assertions.assertThat(jdbc.sql("select count(*) from par_cycle").query(Integer.class).single()).isEqualTo(1);
        Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CycleProcess.PROCESS_KEY).count()).isEqualTo(1);
    }

    @Test
    void aYearWithoutDataOrWithDatesOutOfOrderIsRefused() {
        Assertions.assertThatThrownBy(() -> processes.start(2031, DeadlineDates.none()))
                .hasMessageContaining("Chưa có dữ liệu năm 2031");
        Assertions.assertThatThrownBy(() -> processes.start(YEAR, new DeadlineDates(null, null,
                        java.time.LocalDate.of(2027, 2, 1), java.time.LocalDate.of(2027, 1, 5), null, null)))
                .hasMessageContaining("theo thứ tự");
        Assertions.assertThat(jdbc.sql("select count(*) from par_cycle").query(Integer.class).single()).isZero();
    }

    @Test
    void anInvalidScoreSheetIsRefusedAndNothingIsStored() {
        ProcessInstance cycle = processes.start(YEAR, DeadlineDates.none());
        processes.guidanceReceived(YEAR);
        long cycleId = cycleId(cycle);
        var form = driver.scoreForm(cycleId, "STP", row -> row.maxPoints().add(java.math.BigDecimal.ONE));

        Assertions.assertThatThrownBy(() -> submit(cycle, SELF_SCORE, "STP", form))
                .hasMessageContaining("vượt điểm tối đa");

        Assertions.assertThat(jdbc.sql("select count(*) from item_score").query(Integer.class).single()).isZero();
        Assertions.assertThat(jdbc.sql("select count(*) from decision_log where work_kind = 'CYCLE'").query(Integer.class).single()).isZero();
        assertThat(driver.task(cycle.getId(), SELF_SCORE, "STP")).isNotNull();
    }

    // ------------------------------------------------------------------ steps

    private void submit(ProcessInstance cycle, String taskKey, String unit, java.util.Map<String, Object> form) {
        var task = driver.task(cycle.getId(), taskKey, unit);
        engine.getFormService().submitTaskForm(task.getId(), form);
    }

    private void acceptAllPlans(ProcessInstance cycle) {
        for (String unit : cycles.planUnits(cycleId(cycle))) {
            submit(cycle, PREPARE_PLAN, unit, CycleDriver.planForm(unit));
            submit(cycle, SIGN_OFF_PLAN, unit, approve());
            submit(cycle, REVIEW_PLAN, unit, approve());
        }
    }

    private void openSelfAssessmentByTimer(ProcessInstance cycle) {
        var timer = jobQuery().activityId(TIMER_OPENS).singleResult();
        ClockUtil.setCurrentTime(timer.getDuedate());
        execute(timer);
        ClockUtil.reset();
    }

    private void acceptAllScores(ProcessInstance cycle) {
        long cycleId = cycleId(cycle);
        List<String> units = cycles.scoringUnits(cycleId);
        for (String unit : units) {
            submit(cycle, SELF_SCORE, unit, driver.scoreForm(cycleId, unit, CycleDriver::threeQuarters));
            submit(cycle, SIGN_OFF_SCORES, unit, approve());
            submit(cycle, REVIEW_SCORES, unit, approve());
        }
    }

    private void approveReportAndSubmit(ProcessInstance cycle) {
        submit(cycle, PREPARE_REPORT, null, CycleDriver.reportForm());
        submit(cycle, APPROVE_DRAFT, null, approve());
        submit(cycle, CHAIRMAN_APPROVAL, null, approve());
        submit(cycle, RECORD_SUBMISSION, null, CycleDriver.submissionForm());
    }

    private static java.util.Map<String, Object> appraisalForm(java.time.LocalDate explanationDue) {
        return new java.util.HashMap<>(java.util.Map.of("appraisalNoticeRef", "Thông báo 123/BNV-CCHC ngày 25/02/2027",
                "appraisalReceivedOn", CycleDriver.engineToday().toString(), "explanationDue", explanationDue.toString()));
    }

    private java.util.Map<String, Object> explanationForm(long cycleId, String unit, String explanation) {
        List<java.util.Map<String, Object>> rows = explanations.sheet(cycleId, unit).stream().map(item -> {
            java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("code", item.code());
            row.put("explanation", explanation);
            row.put("additionalEvidence", "Quyết định 45/QĐ-" + unit);
            return row;
        }).toList();
        return new java.util.HashMap<>(java.util.Map.of("explanationItems", TaskForms.json(rows)));
    }

    private static java.util.Map<String, Object> consolidationForm() {
        return new java.util.HashMap<>(java.util.Map.of("explanationSummary",
                "Tỉnh giải trình 3 tiêu chí bị trừ điểm, kèm tài liệu kiểm chứng bổ sung.", "explanationRequests",
                "Đề nghị Bộ Nội vụ xem xét lại điểm các tiêu chí 2.1.1, 7.3.7, 8.2.2."));
    }

    private void publishResults(ProcessInstance cycle) {
        results.enter(YEAR, fixtures.entry(YEAR, java.util.Map.of("2.1.1", "0,5")), "snvdieuphoi");
        submit(cycle, RECORD_PUBLISHED_RESULTS, null, new java.util.HashMap<>(java.util.Map.of("resultsEntered", true)));
    }

    private Date at(java.time.LocalDate day) {
        return Date.from(day.atTime(17, 0).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
    }

    private long cycleId(ProcessInstance cycle) {
        return ((Number) engine.getRuntimeService().getVariable(cycle.getId(), CYCLE_ID)).longValue();
    }
}
