package vn.parindex.reporting.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.common.ValidationException;
import vn.parindex.reporting.QuarterlyReportingService;
import vn.parindex.support.EngineClock;
import vn.parindex.support.PostgresSpringTest;
import vn.parindex.support.QuarterDriver;

/** {@code deadline-change} for a quarter's due date: started from its Tasklist start form by a Sở Nội vụ coordinator. */
class QuarterlyDeadlineChangeProcessTest extends PostgresSpringTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    FormService forms;
    @Autowired
    IdentityService identity;
    @Autowired
    QuarterDriver driver;
    @Autowired
    QuarterlyReportingService reports;
    @Autowired
    JdbcClient jdbc;

    ProcessInstance quarter;

    @BeforeEach
    void openQ1of2023() {
        BpmnAwareTests.init(engine);
        EngineClock.set(EngineClock.at(2023, 2, 20, 8, 0));
        quarter = runtime.startProcessInstanceByKey(QuarterlyReportingProcess.QUARTER_PROCESS_KEY, "CCHC-2023-Q1",
                Map.of(QuarterlyReportingProcess.YEAR, 2023, QuarterlyReportingProcess.QUARTER, 1));
        EngineClock.set(EngineClock.at(2023, 2, 21, 10, 0));
    }

    @Test
    void aCoordinatorMovesTheUnitsDueDateAndEveryOpenReportTaskFollows() {
        ProcessInstance change = submitAs("snvdieuphoi", List.of("snvCoordinators"), Map.of("work", "QUARTERLY_REPORT", "year", 2023L, "quarter", "1",
                "quarterlyDeadline", "UNIT_REPORT_DUE", "newDate", "2023-03-07", "reason", "Công văn 45/BNV-CCHC."));

        BpmnAwareTests.assertThat(change).isEnded()
                .hasPassed("serviceTask_changeDeadline", "endEvent_deadlineChanged");
        assertThat(EngineClock.local(java.util.Date.from(reports.find(2023, 1).orElseThrow().unitReportDue().toInstant())))
                .isEqualTo(LocalDateTime.of(2023, 3, 7, 17, 0));
        assertThat(driver.open(quarter.getId(), QuarterlyReportingProcess.PREPARE)).isNotEmpty().allSatisfy(task ->
                assertThat(EngineClock.local(task.getDueDate())).isEqualTo(LocalDateTime.of(2023, 3, 7, 17, 0)));
        assertThat(jdbc.sql("select reason from deadline_change where work = 'QUARTERLY_REPORT' and changed_by = 'snvdieuphoi'")
                .query(String.class).single()).isEqualTo("Công văn 45/BNV-CCHC.");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(change.getId())
                .variableName("reason").count()).as("the form fields live in the change log, not in variables").isZero();
    }

    @Test
    void aDateOutOfOrderFailsTheStartAndStoresNothing() {
        assertThatThrownBy(() -> submitAs("snvdieuphoi", List.of("snvCoordinators"), Map.of("work", "QUARTERLY_REPORT", "year", 2023L, "quarter", "1",
                "quarterlyDeadline", "REVIEW_DUE", "newDate", "2023-03-01", "reason", "Lùi hạn.")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Các thời hạn của báo cáo quý phải theo thứ tự: hạn Sở Nội vụ xem xét báo cáo của các đơn vị "
                        + "(01/03/2023) không được trước hạn các đơn vị nộp báo cáo quý (03/03/2023).");
        assertThat(jdbc.sql("select count(*) from deadline_change").query(Integer.class).single()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("deadline-change").count()).isZero();
        assertThat(driver.open(quarter.getId(), QuarterlyReportingProcess.PREPARE)).allSatisfy(task ->
                assertThat(EngineClock.local(task.getDueDate())).isEqualTo(LocalDateTime.of(2023, 3, 3, 17, 0)));
    }

    private ProcessInstance submitAs(String user, List<String> groups, Map<String, Object> form) {
        identity.setAuthentication(user, groups);
        try {
            String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey("deadline-change").latestVersion().singleResult().getId();
            return forms.submitStartForm(definition, form);
        } finally {
            identity.clearAuthentication();
        }
    }
}
