package vn.parindex.platform.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Puts {@link TaskWorkRetry} outside the engine's transaction, so each attempt has a transaction of its own, and
 * {@link ConsistentTaskRead} first inside the command, before anything else reads the task.
 */
@Component
class TaskWorkRetryPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new TaskWorkRetry()); // after the request's failure recorder, which stays first
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);

        List<CommandInterceptor> inside = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        inside.add(0, new ConsistentTaskRead()); // before TaskGuard, which reads the task's variables
        configuration.setCustomPostCommandInterceptorsTxRequired(inside);
    }
}
