package vn.parindex.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.HttpApi;
import vn.parindex.support.PostgresSpringTest;
import vn.parindex.workflow.process.TaskForms;

/**
 * Issue 17 (P1 statements): a task's display context {@code taskInfo} is a Json variable kept in the variable row's
 * text column, with no byte array, yet read as the same Json value through the Java API and REST (Tasklist's form);
 * a Json text too long for the column still goes to a byte array, as Spin writes it, and both read back.
 */
class JsonInTextColumnIT extends PostgresSpringTest {

    private static final String COORDINATOR = "snvdieuphoi";

    @Autowired
    CycleProcessService processes;
    @Autowired
    CycleDriver driver;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService tasks;
    @LocalServerPort
    int port;

    @Test
    void aTasksContextIsJsonWithoutAByteArrayAndReadsTheSameThroughTheApiAndRest() {
        String pi = driver.callAs(COORDINATOR, () -> processes.start(2026, DeadlineDates.none())).getId();
        Task prepare = driver.task(pi, CycleProcess.PREPARE_PLAN, "STP");

        var rows = jdbc.sql("select v.type_, v.bytearray_id_, v.text_ from act_ru_variable v join act_ru_task t"
                        + " on t.id_ = v.task_id_ where t.proc_inst_id_ = ? and v.name_ = ?").params(pi, TaskForms.TASK_INFO)
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        assertThat(rows).as("one context per open task").hasSizeGreaterThan(1);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row[1]).as("no byte array").isNull();
            assertThat(row[0]).isEqualTo(JsonInTextColumn.Serializer.NAME);
            assertThat(row[2]).startsWith("{").contains("\"unitName\"");
        });

        JsonValue typed = tasks.getVariableLocalTyped(prepare.getId(), TaskForms.TASK_INFO, false);
        assertThat(typed.getType().getName()).isEqualTo("json");
        assertThat(TaskForms.infoOf(typed)).containsEntry(TaskForms.UNIT_NAME, "Sở Tư pháp");
        SpinJsonNode node = (SpinJsonNode) tasks.getVariableLocal(prepare.getId(), TaskForms.TASK_INFO);
        assertThat(node.prop(TaskForms.UNIT_NAME).stringValue()).isEqualTo("Sở Tư pháp");

        // what Tasklist reads to render the form: the same Json text, typed Json
        String officer = driver.memberOf(OrgDirectoryService.officersGroup("STP"));
        HttpApi http = HttpApi.demo(port, "admin");
        JsonNode formVariables = http.get(officer, "/engine-rest/task/" + prepare.getId()
                + "/form-variables?deserializeValues=false").json();
        JsonNode info = formVariables.get(TaskForms.TASK_INFO);
        assertThat(info.get("type").asText()).isEqualTo("Json");
        assertThat(info.get("value").asText()).isEqualTo(typed.getValueSerialized());

        // the submission still completes the task, and the context leaves nothing behind
        driver.submit(officer, prepare, CycleDriver.planForm("STP"));
        assertThat(jdbc.sql("select count(*) from act_ge_bytearray b where not exists (select 1 from act_ru_variable v"
                + " where v.bytearray_id_ = b.id_) and b.name_ = ?").param(TaskForms.TASK_INFO).query(Integer.class).single())
                .as("no orphaned byte array").isZero();
    }

    @Test
    void aJsonTooLongForTheTextColumnGoesToAByteArrayAndBothKindsOfRowReadBack() {
        String pi = driver.callAs(COORDINATOR, () -> processes.start(2026, DeadlineDates.none())).getId();
        Task task = driver.task(pi, CycleProcess.PREPARE_PLAN, "STP");
        String longText = "{\"text\":\"" + "Đánh giá chỉ số ".repeat(300) + "\"}";
        assertThat(longText.length()).isGreaterThan(JsonInTextColumn.MAX_CHARS);

        tasks.setVariableLocal(task.getId(), "probe", SpinValues.jsonValue(longText).create());
        Map<String, Object> row = probeRow(task.getId());
        assertThat(row.get("type_")).as("Spin's own serializer, as every Json row before").isEqualTo("json");
        assertThat(row.get("bytearray_id_")).isNotNull();
        assertThat(((JsonValue) tasks.getVariableLocalTyped(task.getId(), "probe", false)).getValueSerialized())
                .isEqualTo(longText);

        String shortText = "{\"text\":\"Đánh giá\"}";
        String byteArray = (String) row.get("bytearray_id_");
        tasks.setVariableLocal(task.getId(), "probe", SpinValues.jsonValue(shortText).create());
        row = probeRow(task.getId());
        assertThat(row.get("type_")).isEqualTo(JsonInTextColumn.Serializer.NAME);
        assertThat(row.get("bytearray_id_")).isNull();
        assertThat(jdbc.sql("select count(*) from act_ge_bytearray where id_ = ?").param(byteArray).query(Integer.class)
                .single()).as("the long value's byte array is gone").isZero();
        assertThat(((SpinJsonNode) tasks.getVariableLocal(task.getId(), "probe")).prop("text").stringValue())
                .isEqualTo("Đánh giá");
    }

    private Map<String, Object> probeRow(String taskId) {
        return jdbc.sql("select type_, bytearray_id_, text_ from act_ru_variable where task_id_ = ? and name_ = 'probe'")
                .param(taskId).query().singleRow();
    }
}
