package vn.parindex.deadlines.process;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * A database from before the one deadline change (V22) still holds the definitions of the quarterly and the
 * remediation deadline changes; their delegates are gone, so Tasklist would offer start forms that can only fail.
 * Suspending them at start hides them from "Start process" and keeps their history readable.
 */
@Component
@RequiredArgsConstructor
class RetiredDeadlineChanges implements ApplicationRunner {

    static final List<String> RETIRED = List.of("quarterly-deadline-change", "remediation-deadline-change");
    private static final Logger LOG = LoggerFactory.getLogger(RetiredDeadlineChanges.class);

    private final RepositoryService repository;

    @Override
    public void run(ApplicationArguments args) {
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery()
                .processDefinitionKeyIn(RETIRED.toArray(String[]::new)).active().list()) {
            repository.suspendProcessDefinitionById(definition.getId());
            LOG.info("Suspended the retired definition {} (deadline changes now run in deadline-change)",
                    definition.getId());
        }
    }
}
