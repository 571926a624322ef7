package vn.parindex.reporting.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.common.ValidationException;
import vn.parindex.support.EngineClock;
import vn.parindex.support.PostgresSpringTest;
import vn.parindex.support.QuarterDriver;

/** {@code quarterly-reporting-year}: the year's quarters wait on their request dates (data), each runs one quarter. */
class QuarterlyReportingYearProcessTest extends PostgresSpringTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    QuarterDriver driver;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        EngineClock.set(EngineClock.at(2023, 1, 5, 9, 0));
    }

    private ProcessInstance startYear(Object year) {
        return runtime.startProcessInstanceByKey(QuarterlyReportingProcess.YEAR_PROCESS_KEY, Map.of(QuarterlyReportingProcess.YEAR, year));
    }

    @Test
    void eachQuarterIsRequestedOnItsDateAndTheYearEndsWhenAllFourAreReported() {
        ProcessInstance year = startYear("2023");
        assertThat(year.getBusinessKey()).isEqualTo("CCHC-2023");
        assertThat(management.createJobQuery().processInstanceId(year.getId()).timers().orderByJobDuedate().asc().list())
                .extracting(Job::getDuedate).extracting(EngineClock::local)
                .containsExactly(LocalDateTime.of(2023, 2, 20, 8, 0), LocalDateTime.of(2023, 5, 22, 8, 0),
                        LocalDateTime.of(2023, 8, 21, 8, 0), LocalDateTime.of(2023, 11, 20, 8, 0));

        EngineClock.runTimersUntil(management, QuarterlyReportingProcess.YEAR_PROCESS_KEY, EngineClock.at(2023, 2, 20, 7, 59));
        assertThat(quarters()).isZero();
        int[][] requests = {{2, 20}, {5, 22}, {8, 21}, {11, 20}};
        for (int q = 1; q <= 4; q++) {
            EngineClock.runTimersUntil(management, QuarterlyReportingProcess.YEAR_PROCESS_KEY,
                    EngineClock.at(2023, requests[q - 1][0], requests[q - 1][1], 8, 0));
            ProcessInstance quarter = runtime.createProcessInstanceQuery().processInstanceBusinessKey("CCHC-2023-Q" + q)
                    .processDefinitionKey(QuarterlyReportingProcess.QUARTER_PROCESS_KEY).singleResult();
            assertThat(quarter).as("quarter " + q).isNotNull();
            BpmnAwareTests.assertThat(year).isActive();
            driver.reportAllUnits(quarter.getId(), unit -> Map.of());
            driver.finishQuarter(quarter.getId());
            BpmnAwareTests.assertThat(quarter).isEnded();
        }
        BpmnAwareTests.assertThat(year).isEnded().hasPassed("endEvent_reportingYearDone");
    }

    private long quarters() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(QuarterlyReportingProcess.QUARTER_PROCESS_KEY).count();
    }

    @Test
    void aYearWithoutAScheduleOrAlreadyStartedOrNotAYearIsRefusedInVietnamese() {
        assertThatThrownBy(() -> startYear(2031)).isInstanceOf(ValidationException.class)
                .hasMessage("Chưa có lịch báo cáo CCHC hằng quý của năm 2031 (data/reporting/2031.yaml).");
        assertThatThrownBy(() -> startYear("năm nay")).isInstanceOf(ValidationException.class)
                .hasMessage("Vui lòng nhập năm báo cáo hợp lệ (ví dụ 2026).");
        startYear(2026L);
        assertThatThrownBy(() -> startYear(2026)).isInstanceOf(ValidationException.class)
                .hasMessage("Báo cáo CCHC hằng quý năm 2026 đã được khởi động.");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(QuarterlyReportingProcess.YEAR_PROCESS_KEY).count()).isOne();
    }
}
