package vn.parindex.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.common.ValidationException;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.PostgresSpringTest;
import vn.parindex.workflow.process.TaskForms;

/**
 * Issue 15 item 9 / issue 17 item 3: the cycle's process variables are ids, flags and decisions; what a form shows
 * (unit name, year, province, due date, links) is one task-local context ({@code taskInfo}), not a variable per text.
 * Measured on a fresh 2026 cycle started as the app starts it, the figures printed for the report.
 * Before this change (main at 95ac132): 149 runtime variables in the fresh instance (13 open plan tasks with 9 each,
 * 3 on the instance itself, the rest the multi-instance's loopCounter/unitCode/nrOf*), 9 historic variables per
 * completed plan preparation (history details were already off: 0 rows); with self-scoring open (17 open tasks) 188
 * variables, a self-score task holding 7 (unitName, dueDateText, returnComment, cycleYear, provinceName, evidenceUrl,
 * scoreItems). After: 110, 6 per plan task, 4 historic variables per completed plan preparation; 132 with
 * self-scoring open, 3 on a self-score task (taskInfo, subject, scoreItems).
 */
class CycleVariablesIT extends PostgresSpringTest {

    private static final String COORDINATOR = "snvdieuphoi";
    /** The names that once held display texts; none of them may exist as a variable any more. */
    private static final Set<String> DISPLAY_NAMES = Set.of("unitName", "dueDateText", "cycleYear", "provinceName",
            "evidenceUrl", "returnComment", "headComment", "totalText");

    @Autowired
    CycleProcessService processes;
    @Autowired
    CycleService cycles;
    @Autowired
    CycleDriver driver;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService tasks;

    @Test
    void theCycleHoldsIdsFlagsAndDecisionsAndOneContextPerTask() {
        String pi = driver.callAs(COORDINATOR, () -> processes.start(2026, DeadlineDates.none())).getId();
        long cycleId = cycles.findOpen(2026).orElseThrow().id();

        int total = count("select count(*) from act_ru_variable where proc_inst_id_ = ?", pi);
        int instanceLevel = count("select count(*) from act_ru_variable where proc_inst_id_ = ? and task_id_ is null"
                + " and execution_id_ = proc_inst_id_", pi);
        List<Task> open = driver.openTasks(pi, CycleProcess.PREPARE_PLAN);
        Task prepare = driver.task(pi, CycleProcess.PREPARE_PLAN, "STP");
        Map<String, Integer> perTask = new TreeMap<>();
        jdbc.sql("select t.task_def_key_, count(v.id_) from act_ru_task t left join act_ru_variable v on v.task_id_ = t.id_"
                        + " where t.proc_inst_id_ = ? group by t.id_, t.task_def_key_").param(pi)
                .query((rs, row) -> perTask.merge(rs.getString(1), rs.getInt(2), Math::max)).list();
        List<String> names = jdbc.sql("select distinct name_ from act_ru_variable where proc_inst_id_ = ? order by name_")
                .param(pi).query(String.class).list();
        List<String> instanceNames = jdbc.sql("select name_ from act_ru_variable where proc_inst_id_ = ? and task_id_ is null"
                + " and execution_id_ = proc_inst_id_ order by name_").param(pi).query(String.class).list();

        String officer = driver.memberOf(OrgDirectoryService.officersGroup("STP"));
        Map<String, Object> forged = CycleDriver.planForm("STP");
        forged.put(TaskForms.TASK_INFO, "{\"unitName\": \"Sở khác\"}");
        assertThatThrownBy(() -> driver.submit(officer, prepare, forged)).as("the context is not user input")
                .isInstanceOf(ValidationException.class).hasMessageContaining("không thuộc biểu mẫu");
        assertThat(TaskForms.infoOf(tasks.getVariableLocalTyped(prepare.getId(), TaskForms.TASK_INFO, false)))
                .containsEntry(TaskForms.UNIT_NAME, "Sở Tư pháp").containsEntry(TaskFormContext.CYCLE_YEAR, "2026")
                .containsKeys(TaskForms.DUE_DATE_TEXT, TaskFormContext.PROVINCE_NAME);
        driver.submit(officer, prepare, CycleDriver.planForm("STP"));
        int historyDetails = count("select count(*) from act_hi_detail where task_id_ = ?", prepare.getId());
        int historyVariables = count("select count(*) from act_hi_varinst where task_id_ = ?", prepare.getId());

        System.out.printf("CYCLE VARIABLES 2026: %d runtime variables in the instance (%d open plan tasks), %d on the"
                        + " instance itself %s; per open task (max by kind) %s; names %s; one completed plan preparation:"
                        + " %d history detail rows, %d historic variables%n", total, open.size(), instanceLevel,
                instanceNames, perTask, names, historyDetails, historyVariables);

        assertThat(names).as("no display text is a variable").doesNotContainAnyElementsOf(DISPLAY_NAMES);
        assertThat(instanceNames).as("the instance holds ids only").containsExactlyInAnyOrder(CycleProcess.CYCLE_ID,
                CycleProcess.YEAR, "initiator");
        assertThat(perTask.get(CycleProcess.PREPARE_PLAN)).as("variables of a plan preparation task")
                .isLessThanOrEqualTo(6);
        assertThat(total).as("variables of the fresh instance").isLessThanOrEqualTo(open.size() * (6 + 2) + 6);
        assertThat(historyDetails).as("history detail rows of one completed plan preparation").isZero();
        assertThat(historyVariables).as("historic variables of one completed plan preparation: what the officer entered")
                .isEqualTo(4);
        assertThat(count("select count(*) from act_hi_varinst where proc_inst_id_ = ? and name_ in ('taskInfo', 'subject')", pi))
                .as("what forms only show leaves no history").isZero();

        // the self-scoring stage: the unit's plan accepted, the guidance received
        driver.submit(driver.memberOf(OrgDirectoryService.headsGroup("STP")), driver.task(pi, CycleProcess.SIGN_OFF_PLAN, "STP"),
                CycleDriver.approve());
        driver.submit(COORDINATOR, driver.task(pi, CycleProcess.REVIEW_PLAN, "STP"), CycleDriver.approve());
        driver.asUser(COORDINATOR, () -> processes.guidanceReceived(2026));
        Task selfScore = driver.task(pi, CycleProcess.SELF_SCORE, "STP");
        List<String> selfScoreNames = jdbc.sql("select name_ from act_ru_variable where task_id_ = ? order by name_")
                .param(selfScore.getId()).query(String.class).list();
        int scoringTotal = count("select count(*) from act_ru_variable where proc_inst_id_ = ?", pi);
        int openTasks = count("select count(*) from act_ru_task where proc_inst_id_ = ?", pi);
        System.out.printf("CYCLE VARIABLES 2026, self-scoring open: %d runtime variables in the instance, %d open tasks;"
                + " a self-score task holds %s%n", scoringTotal, openTasks, selfScoreNames);
        assertThat(selfScoreNames).as("a self-score task: its context, its list line and the sheet it submits")
                .containsExactlyInAnyOrder(TaskForms.TASK_INFO, TaskForms.SUBJECT, "scoreItems");
        assertThat(scoringTotal).as("variables with self-scoring open (188 before)").isLessThanOrEqualTo(openTasks * 8);
        assertThat(TaskForms.infoOf(tasks.getVariableLocalTyped(selfScore.getId(), TaskForms.TASK_INFO, false)))
                .containsEntry(TaskFormContext.EVIDENCE_URL, "/pages/evidence?task=" + selfScore.getId());
        assertThat(cycleId).isPositive();
    }

    private int count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Integer.class).single();
    }
}
