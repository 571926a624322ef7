package vn.parindex.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.consolidation.ConsolidationService;
import vn.parindex.criteria.Assignment;
import vn.parindex.criteria.CriteriaService;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.PostgresSpringTest;

/**
 * A whole year on real PostgreSQL, worked by the demo users through the engine API with authorization checks on:
 * each user completes only tasks of their own groups. Runs for both shipped datasets without code change.
 */
class WholeCycleIT extends PostgresSpringTest {

    private static final String COORDINATOR = "snvdieuphoi";
    private static final String DIRECTOR = "snvgiamdoc";
    private static final String CHAIRMAN = "chutich";

    @Autowired
    CycleProcessService processes;
    @Autowired
    CycleService cycles;
    @Autowired
    CycleDriver driver;
    @Autowired
    CriteriaService criteria;
    @Autowired
    ConsolidationService consolidation;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "year {0}")
    @CsvSource({
            // year, unit leading 1.6 and 1.7, unit leading 7.3.3 and 7.3.7, a unit that must not plan
            "2022, VPUBND, STTTT, ''",
            "2026, VPUBND, SKHCN, STTTT"})
    void aWholeYearRunsAsTheDemoUsers(int year, String dialogueLead, String onlinePaymentLead, String goneUnit) {
        String pi = driver.callAs(COORDINATOR, () -> processes.start(year, vn.parindex.cycle.DeadlineDates.none())).getId();
        long cycleId = cycles.findOpen(year).orElseThrow().id();

        List<String> planUnits = cycles.planUnits(cycleId);
        if (!goneUnit.isEmpty()) {
            assertThat(planUnits).doesNotContain(goneUnit);
        }
        assertThat(planUnits).contains("SNV", "STP", "VPUBND", "STC");
        for (String unit : planUnits) {
            Task prepare = driver.task(pi, CycleProcess.PREPARE_PLAN, unit);
            String outsider = driver.memberOf(OrgDirectoryService.officersGroup(unit.equals("STP") ? "SNV" : "STP"));
            assertThatThrownBy(() -> driver.submit(outsider, prepare, CycleDriver.planForm(unit)))
                    .isInstanceOf(AuthorizationException.class);
            driver.submit(officer(unit), prepare, CycleDriver.planForm(unit));
            driver.submit(head(unit), driver.task(pi, CycleProcess.SIGN_OFF_PLAN, unit), CycleDriver.approve());
            driver.submit(COORDINATOR, driver.task(pi, CycleProcess.REVIEW_PLAN, unit), CycleDriver.approve());
        }

        driver.asUser(COORDINATOR, () -> processes.guidanceReceived(year));

        List<Assignment> assignments = criteria.assignments(year);
        Set<String> scoredCodes = new HashSet<>();
        for (String unit : cycles.scoringUnits(cycleId)) {
            Task scoreTask = driver.task(pi, CycleProcess.SELF_SCORE, unit);
            Set<String> offered = codesOnTheForm(scoreTask);
            Set<String> expected = new HashSet<>(assignments.stream().filter(a -> a.leadUnitCode().equals(unit))
                    .map(a -> a.item().code()).toList());
            assertThat(offered).as("items offered to " + unit).isEqualTo(expected).isNotEmpty();
            assertThat(scoredCodes).as("no item offered to two units").doesNotContainAnyElementsOf(offered);
            scoredCodes.addAll(offered);

            driver.submit(officer(unit), scoreTask, driver.scoreForm(cycleId, unit, CycleDriver::threeQuarters));
            driver.submit(head(unit), driver.task(pi, CycleProcess.SIGN_OFF_SCORES, unit), CycleDriver.approve());
            driver.submit(COORDINATOR, driver.task(pi, CycleProcess.REVIEW_SCORES, unit), CycleDriver.approve());
        }
        assertThat(scoredCodes).as("every self-scored item offered exactly once")
                .containsExactlyInAnyOrderElementsOf(selfScoredLeaves(year));
        assertThat(leadOf(assignments, "1.6")).isEqualTo(dialogueLead);
        assertThat(leadOf(assignments, "1.7")).isEqualTo(dialogueLead);
        assertThat(leadOf(assignments, "7.3.3")).isEqualTo(onlinePaymentLead);
        assertThat(leadOf(assignments, "7.3.7")).isEqualTo(onlinePaymentLead);

        BigDecimal expectedTotal = jdbc.sql("""
                select coalesce(sum(round(c.max_points * 0.75, 2)), 0) from criterion c
                join assessment_year y on y.criteria_set_code = c.criteria_set_code
                where y.year = ? and c.leaf and c.self_scored""").param(year).query(BigDecimal.class).single();
        assertThat(consolidation.overall(consolidation.totals(cycleId))).isEqualByComparingTo(expectedTotal);
        assertThat(consolidation.totals(cycleId)).hasSize(8);

        driver.submit(COORDINATOR, driver.task(pi, CycleProcess.PREPARE_REPORT, null), CycleDriver.reportForm());
        assertThatThrownBy(() -> driver.submit(COORDINATOR, driver.task(pi, CycleProcess.APPROVE_DRAFT, null),
                CycleDriver.approve())).as("a coordinator cannot approve for the director").isInstanceOf(AuthorizationException.class);
        driver.submit(DIRECTOR, driver.task(pi, CycleProcess.APPROVE_DRAFT, null), CycleDriver.approve());
        driver.submit(CHAIRMAN, driver.task(pi, CycleProcess.CHAIRMAN_APPROVAL, null), CycleDriver.approve());
        driver.submit(COORDINATOR, driver.task(pi, CycleProcess.RECORD_SUBMISSION, null), CycleDriver.submissionForm());

        // after the submission the cycle waits for the Ministry's appraisal (issue 14, item 5)
        assertThat(driver.openTasks(pi, CycleProcess.RECORD_APPRAISAL)).hasSize(1);
        assertThat(cycles.get(cycleId).status()).isEqualTo(CycleStatus.OPEN);
        assertThat(jdbc.sql("select count(*) from ministry_submission where cycle_id = ?").param(cycleId)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from decision_log where work_kind = 'CYCLE' and work_id = ? and decided_by = 'system'")
                .param(cycleId).query(Integer.class).single()).as("every decision names its user").isZero();
    }

    private String officer(String unit) {
        return driver.memberOf(OrgDirectoryService.officersGroup(unit));
    }

    private String head(String unit) {
        return driver.memberOf(OrgDirectoryService.headsGroup(unit));
    }

    private Set<String> codesOnTheForm(Task task) {
        JsonValue sheet = taskService.getVariableLocalTyped(task.getId(), "scoreItems", false);
        try {
            List<Map<String, Object>> rows = new ObjectMapper().readValue(sheet.getValueSerialized(), new TypeReference<>() {
            });
            return new HashSet<>(rows.stream().map(row -> row.get("code").toString()).toList());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private List<String> selfScoredLeaves(int year) {
        return jdbc.sql("""
                select c.code from criterion c join assessment_year y on y.criteria_set_code = c.criteria_set_code
                where y.year = ? and c.leaf and c.self_scored""").param(year).query(String.class).list();
    }

    private static String leadOf(List<Assignment> assignments, String codePrefix) {
        return assignments.stream().filter(a -> a.item().code().equals(codePrefix) || a.item().code().startsWith(codePrefix + "."))
                .map(Assignment::leadUnitCode).distinct().reduce((a, b) -> a + "," + b).orElse("none");
    }
}
