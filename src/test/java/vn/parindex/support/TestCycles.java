package vn.parindex.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Removes every cycle, its process instance and its business rows, so each test starts clean. */
@Component
public class TestCycles {

    private final RuntimeService runtime;
    private final IdentityService identity;
    private final JdbcClient jdbc;

    TestCycles(RuntimeService runtime, IdentityService identity, JdbcClient jdbc) {
        this.runtime = runtime;
        this.identity = identity;
        this.jdbc = jdbc;
    }

    public void removeAll() {
        identity.clearAuthentication();
        ClockUtil.reset();
        // root instances only: deleting one deletes the instances its call activities started
        runtime.createProcessInstanceQuery().rootProcessInstances().list().forEach(instance ->
                runtime.deleteProcessInstanceIfExists(instance.getId(), "test cleanup", true, true, false, false));
        jdbc.sql("delete from decision_log where work_kind in ('CYCLE', 'QUARTERLY_REPORT', 'REMEDIATION_PLAN')").update();
        for (String table : new String[] {"deadline_change", "quarterly_submission", "quarterly_report_version", "quarterly_total",
                "quarterly_unit_text", "quarterly_unit_figure", "quarterly_unit_report", "quarterly_unit",
                "quarterly_report", "remediation_amendment", "remediation_report", "remediation_period",
                "focal_official", "leaders_survey_report", "cooperation_input", "remediation_task", "remediation_plan", "explanation_item", "cycle_appraisal", "ministry_item_score", "ministry_result", "evidence_deletion", "evidence_document", "notification", "skipped_notice", "ministry_submission", "provincial_report", "field_total",
                "item_score", "unit_plan", "cycle_unit", "par_cycle"}) {
            jdbc.sql("delete from " + table).update();
        }
    }
}
