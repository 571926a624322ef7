package vn.parindex.platform.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Puts {@link TaskGuard} inside every engine command's transaction (REST API, Tasklist, Java API alike), and lets a
 * task's user authorizations follow its assignee ({@link AssigneeAuthorizations}).
 */
@Component
class TaskGuardPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        interceptors.add(new TaskGuard());
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
        configuration.setResourceAuthorizationProvider(new AssigneeAuthorizations());
    }
}
