package vn.parindex.deadlines.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.support.PostgresSpringTest;

/** A database from before the one deadline change keeps the old definitions; at start they are suspended. */
class RetiredDeadlineChangesIT extends PostgresSpringTest {

    @Autowired
    RepositoryService repository;
    @Autowired
    RetiredDeadlineChanges retired;

    @Test
    void theOldQuarterlyAndRemediationDeadlineChangesAreSuspendedAndTheOneDeadlineChangeIsNot() {
        String deployment = repository.createDeployment().name("before V22")
                .addModelInstance("quarterly-deadline-change.bpmn", Bpmn.createExecutableProcess("quarterly-deadline-change")
                        .camundaHistoryTimeToLive(180).startEvent().endEvent().done())
                .addModelInstance("remediation-deadline-change.bpmn", Bpmn.createExecutableProcess("remediation-deadline-change")
                        .camundaHistoryTimeToLive(180).startEvent().endEvent().done())
                .deploy().getId();
        try {
            retired.run(null);

            assertThat(repository.createProcessDefinitionQuery().processDefinitionKeyIn(
                    RetiredDeadlineChanges.RETIRED.toArray(String[]::new)).active().count()).isZero();
            assertThat(repository.createProcessDefinitionQuery().deploymentId(deployment).suspended().count())
                    .isEqualTo(2);
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("deadline-change").latestVersion()
                    .singleResult().isSuspended()).isFalse();
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }
}
