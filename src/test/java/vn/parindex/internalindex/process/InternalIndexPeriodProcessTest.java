package vn.parindex.internalindex.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.parindex.internalindex.process.InternalIndexProcess.*;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.common.ValidationException;
import vn.parindex.internalindex.InternalIndexDriver;
import vn.parindex.internalindex.InternalIndexService;
import vn.parindex.support.EngineClock;
import vn.parindex.support.PostgresSpringTest;
import vn.parindex.workflow.process.TaskForms;

/**
 * Every path of {@code internal-index-period}: self-score → round 1 → accepted; contested → round 2; the self-score
 * deadline locking the units that did not submit (engine clock); the Chairman's return and approval; refused starts.
 */
class InternalIndexPeriodProcessTest extends PostgresSpringTest {

    private static final int YEAR = 2026;

    @Autowired
    ProcessEngine engine;
    @Autowired
    InternalIndexProcessService processes;
    @Autowired
    InternalIndexService index;
    @Autowired
    InternalIndexDriver driver;
    @Autowired
    TaskService taskService;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        EngineClock.set(EngineClock.at(2026, 11, 2, 8, 0));
    }

    @AfterEach
    void removePeriods() {
        driver.removeAll();
    }

    @Test
    void everyUnitGetsItsSelfScoreTaskWithTheCalendarsDueDate() {
        ProcessInstance period = processes.start(YEAR);
        long id = periodId(period);

        assertThat(period).isWaitingAt(SELF_SCORE, IMPORT_SURVEY);
        Assertions.assertThat(period.getBusinessKey()).isEqualTo("CSCCHC-DV-2026");
        Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("CSCCHC-DV-2026")
                .count()).isEqualTo(1);
        List<String> units = index.unitCodes(id);
        Assertions.assertThat(units).contains("SNV", "STP").doesNotContain("SKHDT", "PHANTHIET");
        var tasks = driver.openTasks(period.getId(), SELF_SCORE);
        Assertions.assertThat(tasks).hasSize(units.size());
        var stp = driver.task(period.getId(), SELF_SCORE, "STP");
        Assertions.assertThat(EngineClock.local(stp.getDueDate())).hasToString("2026-12-10T17:00");
        Assertions.assertThat(taskService.getIdentityLinksForTask(stp.getId())).anyMatch(link -> "stpOfficers".equals(link.getGroupId()));
        Assertions.assertThat(driver.rows(stp)).hasSize(7).first().satisfies(row -> {
            Assertions.assertThat(row.get("code")).isEqualTo("1");
            Assertions.assertThat(row.get("maxPoints")).isEqualTo(12.0);
        });
    }

    @Test
    void acceptedRoundOneContestedRoundTwoLateUnitsAndPublication() {
        ProcessInstance period = processes.start(YEAR);
        long id = periodId(period);

        driver.selfScore(driver.task(period.getId(), SELF_SCORE, "STP"), 11, 7, 13, 7, 9, 5, 11);
        driver.selfScore(driver.task(period.getId(), SELF_SCORE, "SNV"), 12, 8, 14, 8, 10, 6, 12);
        EngineClock.runTimersUntil(engine.getManagementService(), PROCESS_KEY, EngineClock.at(2026, 12, 11, 8, 0));

        Assertions.assertThat(driver.openTasks(period.getId(), SELF_SCORE)).isEmpty();
        Assertions.assertThat(index.unitStatus(id, "SCT")).isEqualTo("LATE");
        Assertions.assertThat(driver.openTasks(period.getId(), APPRAISE_ROUND1)).hasSize(2);

        driver.appraise(driver.task(period.getId(), APPRAISE_ROUND1, "STP"), Map.of("3", 12.0));
        driver.explain(driver.task(period.getId(), EXPLAIN, "STP"), "ACCEPT", Map.of());
        Assertions.assertThat(index.unitStatus(id, "STP")).isEqualTo("FINAL");

        driver.appraise(driver.task(period.getId(), APPRAISE_ROUND1, "SNV"), Map.of("1", 10.0, "7", 9.0));
        driver.explain(driver.task(period.getId(), EXPLAIN, "SNV"), "CONTEST", Map.of("1", "Đã có Kế hoạch số 10/KH-SNV."));
        var round2 = driver.task(period.getId(), APPRAISE_ROUND2, "SNV");
        Assertions.assertThat(taskService.getIdentityLinksForTask(round2.getId())).anyMatch(link -> COUNCIL_GROUP.equals(link.getGroupId()));
        Assertions.assertThat(driver.rows(round2).get(0)).containsEntry("explanation", "Đã có Kế hoạch số 10/KH-SNV.")
                .containsEntry("round1Score", "10");
        driver.appraise(round2, Map.of("1", 11.5));

        assertThat(period).isWaitingAt(IMPORT_SURVEY);
        taskService.complete(driver.task(period.getId(), IMPORT_SURVEY, null).getId(),
                Map.of(SURVEY_JSON, InternalIndexDriver.survey(index.unitCodes(id), Map.of())));

        var approval = driver.task(period.getId(), CHAIRMAN_APPROVAL, null);
        // approving records the decision that publishes the index: without its number and date nothing is stored
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService.complete(approval.getId(), Map.of(DECISION, "APPROVE",
                        "decisionDate", "2999-01-01")))
                .hasRootCauseInstanceOf(vn.parindex.common.ValidationException.class).rootCause()
                .hasMessageContaining("Vui lòng nhập số quyết định công bố.")
                .hasMessageContaining("Ngày ký quyết định công bố (01/01/2999) chưa đến; vui lòng nhập ngày đã ký.");
        Assertions.assertThat(index.get(id).decisionNumber()).isNull();
        assertThat(period).isWaitingAt(CHAIRMAN_APPROVAL);
        taskService.complete(approval.getId(), InternalIndexDriver.approval("125/QĐ-UBND"));
        Assertions.assertThat(index.get(id).decisionNumber()).isEqualTo("125/QĐ-UBND");
        Assertions.assertThat(index.get(id).decisionDate()).isEqualTo(EngineClock.local(
                org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime()).toLocalDate());

        assertThat(period).isEnded().hasPassed(REGISTER, MARK_LATE, APPRAISE_ROUND1, EXPLAIN, APPRAISE_ROUND2, IMPORT_SURVEY,
                COMPUTE, CHAIRMAN_APPROVAL, PUBLISH, END);
        Assertions.assertThat(index.get(id).status()).isEqualTo("PUBLISHED");
        Assertions.assertThat(index.results(id)).first().satisfies(first -> {
            Assertions.assertThat(first.unitCode()).isEqualTo("SNV");
            Assertions.assertThat(first.rankNo()).isEqualTo(1);
        });
        Assertions.assertThat(index.findOpen(YEAR)).isEmpty();
        Assertions.assertThat(engine.getRuntimeService().createVariableInstanceQuery().variableName(ITEMS).count())
                .as("sheets live in our tables").isZero();
    }

    @Test
    void chairmansReturnGoesToTheWorkingTeamAndTheIndexIsComputedAgain() {
        ProcessInstance period = processes.start(YEAR);
        long id = periodId(period);
        EngineClock.runTimersUntil(engine.getManagementService(), PROCESS_KEY, EngineClock.at(2026, 12, 11, 8, 0));
        Assertions.assertThat(index.unitCodes(id)).allMatch(unit -> "LATE".equals(index.unitStatus(id, unit)));
        taskService.complete(driver.task(period.getId(), IMPORT_SURVEY, null).getId(),
                Map.of(SURVEY_JSON, InternalIndexDriver.survey(index.unitCodes(id), Map.of())));

        var approval = driver.task(period.getId(), CHAIRMAN_APPROVAL, null);
        Assertions.assertThatThrownBy(() -> taskService.complete(approval.getId(), Map.of(DECISION, "RETURN", COMMENT, "")))
                .hasRootCauseInstanceOf(ValidationException.class).hasRootCauseMessage("Trả lại thì phải ghi rõ nội dung cần xem xét lại.");
        taskService.complete(approval.getId(), Map.of(DECISION, "RETURN", COMMENT, "Kiểm tra lại số phiếu điều tra."));

        var revise = driver.task(period.getId(), REVISE, null);
        Assertions.assertThat(TaskForms.infoOf(taskService.getVariableLocalTyped(revise.getId(), TaskForms.TASK_INFO, false)).get("returnComment")).isEqualTo("Kiểm tra lại số phiếu điều tra.");
        String corrected = InternalIndexDriver.survey(index.unitCodes(id), Map.of("STP", Map.of("unit", "STP", "respondents", 2,
                "answers", Map.of("KS1", Map.of("A", 2), "KS2", Map.of("A", 2), "KS3", Map.of("A", 2)))));
        taskService.complete(revise.getId(), Map.of(SURVEY_JSON, corrected, REVISION_NOTE, "Đã nhập lại phiếu của Sở Tư pháp."));

        Assertions.assertThat(index.results(id)).filteredOn(r -> r.unitCode().equals("STP")).singleElement()
                .satisfies(stp -> Assertions.assertThat(stp.indexValue()).isEqualByComparingTo("30.00"));
        taskService.complete(driver.task(period.getId(), CHAIRMAN_APPROVAL, null).getId(), InternalIndexDriver.approval("125/QĐ-UBND"));
        assertThat(period).isEnded().hasPassed(REVISE, PUBLISH);
        Assertions.assertThat(index.decisions(id)).containsExactly("CHAIRMAN_APPROVAL:RETURN", "REVISION:REVISED",
                "CHAIRMAN_APPROVAL:APPROVE");
    }

    @Test
    void aSecondOpenPeriodAndAYearWithoutDataAreRefused() {
        processes.start(YEAR);
        Assertions.assertThatThrownBy(() -> processes.start(YEAR)).isInstanceOf(ValidationException.class)
                .hasMessage("Kỳ xác định Chỉ số CCHC của các cơ quan, đơn vị năm 2026 đang mở.");
        Assertions.assertThatThrownBy(() -> processes.start(2031)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Chưa có dữ liệu Chỉ số CCHC của các cơ quan, đơn vị năm 2031");
        Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count())
                .isEqualTo(1);
    }

    private long periodId(ProcessInstance period) {
        return ((Number) engine.getRuntimeService().getVariable(period.getId(), PERIOD_ID)).longValue();
    }
}
