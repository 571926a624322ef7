package vn.parindex.platform.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Loads the process definitions a node will run into the engine's deployment cache before the node serves a request or
 * acquires a job. A node of the cluster that did not deploy the models itself (another node did, or they were deployed
 * before it started) otherwise parses a definition on its first use, and the engine puts the parsed definition into
 * the cache before it gives the definition's timers their job definitions: a second thread using the definition in
 * that moment creates a timer without a job definition and fails ("Invalid process definition id: processDefinitionId
 * is null"). On deadline day many users' first requests, or many timers, reach a freshly started node at once. The
 * definitions warmed are the latest version of each process and every version that still has running instances.
 */
@Component
@RequiredArgsConstructor
class DeploymentCacheWarmup implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(DeploymentCacheWarmup.class);

    private final ProcessEngine engine;

    @Override
    public void afterSingletonsInstantiated() {
        long began = System.nanoTime();
        int warmed = warm();
        LOG.info("Deployment cache warmed: {} process definitions in {} ms", warmed, (System.nanoTime() - began) / 1_000_000);
    }

    /** Loads the definitions into the cache (each whole deployment is parsed once); returns how many. */
    int warm() {
        RepositoryService repository = engine.getRepositoryService();
        RuntimeService runtime = engine.getRuntimeService();
        Set<String> definitionIds = new LinkedHashSet<>();
        definitions(true).forEach(definition -> definitionIds.add(definition.getId()));
        for (ProcessDefinition definition : definitions(false)) {
            if (!definitionIds.contains(definition.getId())
                    && runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count() > 0) {
                definitionIds.add(definition.getId());
            }
        }
        definitionIds.forEach(repository::getProcessDefinition);
        return definitionIds.size();
    }

    /**
     * The definitions' rows only. The public query ({@code createProcessDefinitionQuery().list()}) also fills in each
     * definition's documentation, and for that parses every listed BPMN file a second time with the model API (DOM and
     * XPath): most of this warm-up's time at start-up, for a text nobody reads here.
     */
    private List<ProcessDefinition> definitions(boolean latestOnly) {
        ProcessDefinitionQueryImpl query = new ProcessDefinitionQueryImpl();
        if (latestOnly) {
            query.latestVersion();
        }
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> context.getProcessDefinitionManager()
                        .findProcessDefinitionsByQueryCriteria(query, new Page(0, Integer.MAX_VALUE)));
    }
}
