package vn.parindex.platform.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * Gives the engine {@link GroupsAsAuthenticated} as its authorization manager: the custom session factories are
 * registered after the engine's own, so this one replaces the default for {@code AuthorizationManager}.
 */
@Component
class GroupsAsAuthenticatedPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new GroupsAsAuthenticated.Factory());
        configuration.setCustomSessionFactories(factories);
    }
}
