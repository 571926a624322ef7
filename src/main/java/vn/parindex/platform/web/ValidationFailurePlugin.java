package vn.parindex.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Lets every engine command report why it failed ({@link vn.parindex.common.ValidationException}, a race on a task) to
 * the request that ran it.
 */
@Component
class ValidationFailurePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(0, new RecordingInterceptor());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    static final class RecordingInterceptor extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (RuntimeException e) {
                ValidationFailures.record(command, e, this::taskGone);
                throw e;
            }
        }

        /** Read in a new command: the failed one has been rolled back by now. */
        private boolean taskGone(String taskId) {
            return taskId != null && Boolean.TRUE.equals(next.execute(
                    (Command<Boolean>) context -> context.getTaskManager().findTaskById(taskId) == null));
        }
    }
}
