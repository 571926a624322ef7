package vn.parindex.deadlines.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.common.ValidationException;
import vn.parindex.cycle.CycleService;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.support.PostgresSpringTest;

/** {@code deadline-change} for a cycle's deadline: started from its Tasklist start form by a Sở Nội vụ coordinator. */
class DeadlineChangeProcessTest extends PostgresSpringTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    ProcessEngine engine;
    @Autowired
    FormService forms;
    @Autowired
    IdentityService identity;
    @Autowired
    CycleProcessService processes;
    @Autowired
    CycleService cycles;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void openCycle() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 2, 1, 9, 0).atZone(ZONE).toInstant()));
        processes.start(2026, new DeadlineDates(LocalDate.of(2026, 2, 24), null, null, null, null, null));
    }

    @Test
    void aCoordinatorMovesTheSelfAssessmentOpeningAndTheOpeningTimerFollows() {
        ProcessInstance change = submitAs("snvdieuphoi", List.of("snvCoordinators"), Map.of("work", "CYCLE", "year", 2026L,
                "cycleDeadline", "SELF_ASSESSMENT_OPENS", "newDate", "2026-11-20", "reason", "Hướng dẫn 99/BNV-CCHC."));

        assertThat(change).isEnded().hasPassed("serviceTask_changeDeadline", "endEvent_deadlineChanged");
        Assertions.assertThat(cycles.findOpen(2026).orElseThrow().selfAssessmentOpens().atZoneSameInstant(ZONE)
                .toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 11, 20, 0, 0));
        Date opening = engine.getManagementService().createJobQuery().activityId("timer_selfAssessmentOpens")
                .singleResult().getDuedate();
        Assertions.assertThat(opening.toInstant().atZone(ZONE).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 11, 20, 0, 0));
        Assertions.assertThat(jdbc.sql("select reason from deadline_change").query(String.class).single())
                .isEqualTo("Hướng dẫn 99/BNV-CCHC.");
        Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(change.getId()).variableName("reason").count())
                .as("the form fields live in the change log, not in process variables").isZero();
    }

    @Test
    void aChangeWithoutReasonFailsTheStartAndStoresNothing() {
        Assertions.assertThatThrownBy(() -> submitAs("snvdieuphoi", List.of("snvCoordinators"), Map.of("work", "CYCLE", "year", 2026L,
                        "cycleDeadline", "PLAN_DUE", "newDate", "2026-03-10", "reason", "")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("lý do");
        Assertions.assertThat(jdbc.sql("select count(*) from deadline_change").query(Integer.class).single()).isZero();
        Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("deadline-change")
                .count()).isZero();
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
