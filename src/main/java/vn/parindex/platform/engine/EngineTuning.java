package vn.parindex.platform.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine settings the benchmarks (bench/RESULTS.md) showed to matter, beyond the properties in application.yaml.
 *
 * <p>History stays at level FULL (user operation log, job log, incidents, identity links, task and activity
 * history, the last value of every variable), but without {@code ACT_HI_DETAIL}: one row for every single variable
 * write and every submitted form field. Everything a user enters is stored in our own tables with who and when
 * (plans, scores, decisions, reports), and the forms' task-local display variables are rewritten on every task, so
 * these rows were a fifth of all statements of a cycle and nobody reads them (Community Cockpit has no history
 * view). {@code par.engine.variable-update-details=true} brings them back.
 */
@Configuration(proxyBeanMethods = false)
class EngineTuning {

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

    /** The engine's database history handler, minus the per-update detail rows. */
    static final class WithoutDetails extends DbHistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof HistoricFormPropertyEventEntity) {
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
