package vn.parindex.platform.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.parindex.workflow.process.TaskForms;

/**
 * Engine settings the benchmarks (bench/RESULTS.md) showed to matter, beyond the properties in application.yaml.
 *
 * <p>History stays at level FULL (user operation log, job log, incidents, identity links, task and activity
 * history, the last value of every variable), but without {@code ACT_HI_DETAIL}: one row for every single variable
 * write and every submitted form field. Everything a user enters is stored in our own tables with who and when
 * (plans, scores, decisions, reports), and the forms' task-local display variables are rewritten on every task, so
 * these rows were a fifth of all statements of a cycle and nobody reads them (Community Cockpit has no history
 * view). Nor does it keep the history of what a task form only shows ({@code taskInfo}, {@code subject}: copies of our
 * tables' data, written on every task), nor the notice timer's step ({@code noticeStep}, its position in the
 * notice policy, written when a step fires): the audit trail (who, when, which decision) is the task history, the user
 * operation log and the decisions' own variables. {@code par.engine.variable-update-details=true} brings both back.
 *
 * <p>The job log keeps every failure (with its stack trace) and everything of other jobs, but not the routine rows of
 * the tasks' notice timers (created, deleted with the task, run successfully): one timer per open task, created
 * again at every step, which doubled the job-log rows of a cycle, each row also reading the job's definition; nobody
 * reads them (Community Cockpit has no job log view, and every notice sent is in our notification table with its step
 * and time). It is history level FULL (same id and name, so existing databases and every check of the level see
 * FULL) that does not produce these events. {@code par.engine.notice-timer-job-log=true} brings them back.
 *
 * <p>Camunda 7.24's schema has no index on {@code ACT_RU_TASK.PARENT_TASK_ID_}, yet every task completion looks up
 * the task's subtasks by it: a sequential scan of all open tasks, which grows with a province's (or a ministry's)
 * open tasks. The index is created once the engine has created or checked its schema
 * ({@code par.engine.task-parent-index=false} leaves it out).
 *
 * <p>The job executor's acquisition takes a due job only if no other exclusive job of its process instance is running
 * ({@code not exists} over {@code ACT_RU_JOB} by process instance). Every notice timer of a year lives in the one cycle
 * instance, so on PostgreSQL that check walked all of them, and their dead row versions, through the process instance
 * index for every candidate: the costliest statement of a deadline day (bench/RESULTS.md, P2). A partial index on the
 * locked exclusive jobs holds only the few running ones ({@code par.engine.locked-job-index=false} leaves it out; H2
 * has no partial indexes, and its jobs are few).
 */
@Configuration(proxyBeanMethods = false)
class EngineTuning {

    private static final Logger LOG = LoggerFactory.getLogger(EngineTuning.class);
    static final String TASK_PARENT_INDEX =
            "create index if not exists act_idx_task_parent_task on ACT_RU_TASK (PARENT_TASK_ID_)";
    /** Serves the acquisition's "no exclusive job of this process instance is running" check (PostgreSQL only). */
    static final String LOCKED_JOB_INDEX = "create index if not exists act_idx_job_locked_exclusive on ACT_RU_JOB "
            + "(PROCESS_INSTANCE_ID_) where EXCLUSIVE_ = true and LOCK_OWNER_ is not null";

    @Bean
    ProcessEnginePlugin taskParentIndex(@Value("${par.engine.task-parent-index:true}") boolean enabled) {
        return new IndexPlugin("ACT_RU_TASK(PARENT_TASK_ID_)", TASK_PARENT_INDEX, enabled, false);
    }

    @Bean
    ProcessEnginePlugin lockedJobIndex(@Value("${par.engine.locked-job-index:true}") boolean enabled) {
        return new IndexPlugin("ACT_RU_JOB(PROCESS_INSTANCE_ID_) of the locked exclusive jobs", LOCKED_JOB_INDEX, enabled,
                true);
    }

    /** Creates one index once the engine has created or checked its schema; a failure is logged, not fatal. */
    private static final class IndexPlugin extends AbstractProcessEnginePlugin {

        private final String what;
        private final String statement;
        private final boolean enabled;
        private final boolean postgresOnly;

        IndexPlugin(String what, String statement, boolean enabled, boolean postgresOnly) {
            this.what = what;
            this.statement = statement;
            this.enabled = enabled;
            this.postgresOnly = postgresOnly;
        }

        @Override
        public void postProcessEngineBuild(ProcessEngine engine) {
            if (!enabled) {
                return;
            }
            DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                if (postgresOnly && !"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                    return;
                }
                sql.execute(statement);
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            } catch (SQLException e) {
                // e.g. a database user without the right to create indexes: the engine works without it, only slower
                LOG.warn("Index on {} not created: {}", what, e.getMessage());
            }
        }

        @Override
        public String toString() {
            return "index on " + what;
        }
    }

    /**
     * Not a setting: whether a task is a scope is part of what its process definition means to the instances running
     * on it, so the model decides (TaskTimersWithoutScope's marker), never a property that could change under them.
     */
    @Bean
    ProcessEnginePlugin taskTimersWithoutScope() {
        return new TaskTimersWithoutScope.Plugin();
    }

    @Bean
    ProcessEnginePlugin executionTreeOnDemand(@Value("${par.engine.execution-tree-on-demand:true}") boolean onDemand) {
        return onDemand ? new ExecutionTreeOnDemand.Plugin() : new AbstractProcessEnginePlugin() {
            @Override
            public String toString() {
                return "execution tree prefetched (the engine's default)";
            }
        };
    }

    @Bean
    ProcessEnginePlugin historyWithoutVariableUpdateDetails(
            @Value("${par.engine.variable-update-details:false}") boolean variableUpdateDetails) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                if (variableUpdateDetails) {
                    return;
                }
                // replaces the default database handler; other handlers (the starter's event publishing) stay
                configuration.setEnableDefaultDbHistoryEventHandler(false);
                List<HistoryEventHandler> handlers = new ArrayList<>();
                handlers.add(new WithoutDetails());
                if (configuration.getCustomHistoryEventHandlers() != null) {
                    handlers.addAll(configuration.getCustomHistoryEventHandlers());
                }
                configuration.setCustomHistoryEventHandlers(handlers);
            }

            @Override
            public String toString() {
                return "history without variable update details";
            }
        };
    }

    @Bean
    ProcessEnginePlugin noticeTimersWithoutRoutineJobLog(
            @Value("${par.engine.notice-timer-job-log:false}") boolean noticeTimerJobLog) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                if (noticeTimerJobLog) {
                    return;
                }
                // the engine takes the last level named like camunda.bpm.history-level, custom levels after its own:
                // "full" resolves to this one; any other configured level is left as it is
                List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null
                        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryLevels());
                levels.add(new FullWithoutNoticeTimerJobLog());
                configuration.setCustomHistoryLevels(levels);
            }

            @Override
            public String toString() {
                return "history without the notice timers' routine job log";
            }
        };
    }

    /** History level FULL, minus the notice timers' job-log rows other than failures. */
    static final class FullWithoutNoticeTimerJobLog extends HistoryLevelFull {

        private static final Set<HistoryEventType> ROUTINE = Set.of(HistoryEventTypes.JOB_CREATE,
                HistoryEventTypes.JOB_SUCCESS, HistoryEventTypes.JOB_DELETE);

        @Override
        public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
            if (ROUTINE.contains(eventType) && entity instanceof JobEntity job && isNoticeTimer(job)) {
                return false;
            }
            return super.isHistoryEventProduced(eventType, entity);
        }

        /** A timeout listener's timer whose listener (the job's secondary key) is the notice timer. */
        static boolean isNoticeTimer(JobEntity job) {
            return EngineInternals.isTimeoutListenerTimer(job, EngineInternals.NOTICE_LISTENER_ID);
        }

        // the engine's managers test "level FULL" with equals(HISTORY_LEVEL_FULL), which compares classes: this level
        // is FULL by id, for them as for the database
        @Override
        public boolean equals(Object other) {
            return other instanceof HistoryLevel level && level.getId() == getId();
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }

    /** The engine's database history handler, minus the per-update detail rows and the forms' display variables. */
    static final class WithoutDetails extends DbHistoryEventHandler {

        private static final Set<String> DISPLAY_ONLY = Set.of(TaskForms.TASK_INFO, TaskForms.SUBJECT,
                EngineInternals.NOTICE_STEP);

        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof HistoricFormPropertyEventEntity) {
                return;
            }
            // every event of the variable (created, updated, deleted with its task) is skipped, so no UPDATE ever
            // looks for a historic row that was never written
            if (event instanceof HistoricVariableUpdateEventEntity variable
                    && DISPLAY_ONLY.contains(variable.getVariableName())) {
                return;
            }
            super.handleEvent(event);
        }

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
            return false;
        }
    }
}
