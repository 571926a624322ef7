package vn.parindex.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.support.PostgresSpringTest;

/**
 * A node that did not deploy the models (its deployment cache empty, as when another node of the cluster deployed
 * them) has every process definition it runs in its cache before it serves anyone: the engine would otherwise parse a
 * definition on its first use while other threads use it (the two-node timer storm of the fault suite failed so).
 */
class DeploymentCacheWarmupIT extends PostgresSpringTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    DeploymentCacheWarmup warmup;

    @Test
    void everyLatestDefinitionIsInTheCacheOfANodeThatDidNotDeployIt() {
        DeploymentCache cache = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDeploymentCache();
        List<ProcessDefinition> latest = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list();
        assertThat(latest).extracting(ProcessDefinition::getKey).contains("par-annual-cycle", "deadline-change");

        cache.discardProcessDefinitionCache();
        assertThat(latest).allMatch(definition -> cache.getProcessDefinitionCache().get(definition.getId()) == null);

        int warmed = warmup.warm();

        assertThat(warmed).isGreaterThanOrEqualTo(latest.size());
        assertThat(latest).allMatch(definition -> cache.getProcessDefinitionCache().get(definition.getId()) != null);
    }

    /**
     * Warming parses each definition for the engine (its deployment cache) but not a second time with the BPMN model
     * API, which the public definition query does for the documentation and which cost most of the warm-up at start.
     */
    @Test
    void warmingDoesNotParseTheModelsAgainForTheirDocumentation() {
        DeploymentCache cache = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDeploymentCache();
        List<String> latest = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getId).toList();
        cache.discardProcessDefinitionCache();
        cache.getBpmnModelInstanceCache().clear();

        warmup.warm();

        assertThat(latest).allMatch(id -> cache.getProcessDefinitionCache().get(id) != null);
        assertThat(latest).allMatch(id -> cache.getBpmnModelInstanceCache().get(id) == null);
    }
}
