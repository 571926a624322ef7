package vn.parindex.bench;

import java.util.Map;

/**
 * The engine settings this change tuned, as they were before it: the "before" run starts the same code with these
 * overrides, so before and after are measured in the same run on the same database server.
 */
final class EngineSettings {

    static final Map<String, String> BEFORE = Map.ofEntries(
            Map.entry("camunda.bpm.generic-properties.properties.history-removal-time-strategy", "end"),
            Map.entry("par.engine.variable-update-details", "true"),
            Map.entry("par.engine.task-parent-index", "false"),
            Map.entry("par.engine.locked-job-index", "false"),
            Map.entry("par.engine.notice-timer-job-log", "true"),
            Map.entry("par.engine.execution-tree-on-demand", "false"),
            Map.entry("camunda.bpm.eventing.execution", "true"),
            Map.entry("camunda.bpm.eventing.history", "true"),
            Map.entry("camunda.bpm.eventing.task", "true"),
            Map.entry("spring.datasource.hikari.maximum-pool-size", "30"),
            Map.entry("camunda.bpm.job-execution.max-pool-size", "10"));

    static final String DESCRIPTION = """
            What changed (before → shipped): history removal time strategy `end` → `start` (application.yaml); \
            history level FULL without `ACT_HI_DETAIL` rows (`vn.parindex.platform.engine.EngineTuning`, \
            `par.engine.variable-update-details=false`); an index on `ACT_RU_TASK(PARENT_TASK_ID_)`, which every task \
            completion queries (`par.engine.task-parent-index`); a partial index on the locked exclusive jobs, which \
            the job acquisition's exclusivity check reads (`par.engine.locked-job-index`, PostgreSQL); no routine \
            job-log rows of the tasks' notice timers, failures kept (`par.engine.notice-timer-job-log=false`); a command loads only the executions it walks, not the whole \
            execution tree of the process instance (`platform/engine/ExecutionTreeOnDemand`, \
            `par.engine.execution-tree-on-demand`); the starter's eventing plugin off (`camunda.bpm.eventing.*`, \
            application.yaml: nothing listens to the engine's events as Spring events); the postgres profile's connection pool 30 → 10 and job \
            executor threads at most 10 → 4 (application-postgres.yaml).""";

    private EngineSettings() {
    }
}
