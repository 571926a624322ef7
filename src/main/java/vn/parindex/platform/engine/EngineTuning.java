package vn.parindex.platform.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
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
 * again at every step, which doubled the job-log rows of a cycle; nobody reads them (Community Cockpit has no job log
 * view, and every notice sent is in our notification table with its step and time).
 * {@code par.engine.notice-timer-job-log=true} brings them back.
 *
 * <p>Camunda 7.24's schema has no index on {@code ACT_RU_TASK.PARENT_TASK_ID_}, yet every task completion looks up
 * the task's subtasks by it: a sequential scan of all open tasks, which grows with a province's (or a ministry's)
 * open tasks. The index is created once the engine has created or checked its schema
 * ({@code par.engine.task-parent-index=false} leaves it out).
 */
@Configuration(proxyBeanMethods = false)
class EngineTuning {

    private static final Logger LOG = LoggerFactory.getLogger(EngineTuning.class);
    static final String TASK_PARENT_INDEX =
            "create index if not exists act_idx_task_parent_task on ACT_RU_TASK (PARENT_TASK_ID_)";

    @Bean
    ProcessEnginePlugin taskParentIndex(@Value("${par.engine.task-parent-index:true}") boolean enabled) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void postProcessEngineBuild(ProcessEngine engine) {
                if (!enabled) {
                    return;
                }
                DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
                try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                    statement.execute(TASK_PARENT_INDEX);
                    if (!connection.getAutoCommit()) {
                        connection.commit();
                    }
                } catch (SQLException e) {
                    // e.g. a database user without the right to create indexes: the engine works without it, only slower
                    LOG.warn("Index on ACT_RU_TASK(PARENT_TASK_ID_) not created: {}", e.getMessage());
                }
            }

            @Override
            public String toString() {
                return "index on the task's parent";
            }
        };
    }

    @Bean
    ProcessEnginePlugin historyWithoutVariableUpdateDetails(
            @Value("${par.engine.variable-update-details:false}") boolean variableUpdateDetails,
            @Value("${par.engine.notice-timer-job-log:false}") boolean noticeTimerJobLog) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                if (variableUpdateDetails && noticeTimerJobLog) {
                    return;
                }
                // replaces the default database handler; other handlers (the starter's event publishing) stay
                configuration.setEnableDefaultDbHistoryEventHandler(false);
                List<HistoryEventHandler> handlers = new ArrayList<>();
                handlers.add(new WithoutDetails(variableUpdateDetails, noticeTimerJobLog));
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

    /**
     * The engine's database history handler, minus (unless switched back on) the per-update detail rows and the forms'
     * display variables, and the notice timers' job log except failures.
     */
    @RequiredArgsConstructor
    static final class WithoutDetails extends DbHistoryEventHandler {

        private static final Set<String> DISPLAY_ONLY = Set.of(TaskForms.TASK_INFO, TaskForms.SUBJECT,
                EngineInternals.NOTICE_STEP);
        private final boolean variableUpdateDetails;
        private final boolean noticeTimerJobLog;

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!variableUpdateDetails && isDetailOrDisplayOnly(event)) {
                return;
            }
            if (!noticeTimerJobLog && isNoticeTimerRoutine(event)) {
                return;
            }
            super.handleEvent(event);
        }

        private static boolean isDetailOrDisplayOnly(HistoryEvent event) {
            // every event of a display variable (created, updated, deleted with its task) is skipped, so no UPDATE
            // ever looks for a historic row that was never written
            return event instanceof HistoricFormPropertyEventEntity
                    || event instanceof HistoricVariableUpdateEventEntity variable
                    && DISPLAY_ONLY.contains(variable.getVariableName());
        }

        /**
         * A notice timer's job created, deleted with its task or run successfully: one timer per open task, created
         * again at every step, and nobody reads these rows (Community Cockpit has no job log view; the notices sent
         * are in our notification table). A failure is kept, with its stack trace, like its incident.
         */
        private static boolean isNoticeTimerRoutine(HistoryEvent event) {
            return event instanceof HistoricJobLogEvent job && !job.isFailureLog()
                    && TimerTaskListenerJobHandler.TYPE.equals(job.getJobDefinitionType())
                    && onlyTheNoticeTimer(job.getProcessDefinitionId(), job.getActivityId());
        }

        /**
         * Whether the activity's only timeout listener is the notice timer: the job definition (and so the log row)
         * names the activity, not the listener. The model comes from the deployment cache.
         */
        private static boolean onlyTheNoticeTimer(String processDefinitionId, String activityId) {
            if (processDefinitionId == null || activityId == null) {
                return false;
            }
            ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
                    .findDeployedProcessDefinitionById(processDefinitionId);
            ActivityImpl activity = definition == null ? null : definition.findActivity(activityId);
            if (activity == null) {
                return false;
            }
            Map<String, TimerDeclarationImpl> listeners = TimerDeclarationImpl
                    .getTimeoutListenerDeclarationsForScope(activity.getEventScope()).get(activityId);
            return listeners != null && listeners.keySet().equals(Set.of(EngineInternals.NOTICE_LISTENER_ID));
        }

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
            return variableUpdateDetails && super.shouldWriteHistoricDetail(event);
        }
    }
}
