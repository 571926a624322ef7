package vn.parindex.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.support.EngineClock;
import vn.parindex.support.HttpApi;
import vn.parindex.support.HttpApi.Response;
import vn.parindex.support.PostgresSpringTest;

/**
 * Issue 17 item 4: a Tasklist request checks authorizations without reading the whole authorization table. Camunda's
 * own authorization manager ran {@code SELECT distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A} (statement
 * {@code selectAuthorizedGroupIds}) in every command that checked an authorization; the engine's MyBatis statements of
 * the authorization namespace are counted here through their debug log (one "Preparing" line per execution), while
 * an officer does what Tasklist does, and the decisions stay those of the engine: the officer sees and works on their
 * unit's task, not another unit's, and a revoke still takes a task away.
 */
class NoAuthorizationTableScanIT extends PostgresSpringTest {

    private static final String NAMESPACE = "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity";
    private static final String GROUP_SCAN = NAMESPACE + ".selectAuthorizedGroupIds";

    @LocalServerPort
    int port;
    @Autowired
    CycleProcessService processes;
    @Autowired
    TaskService tasks;
    @Autowired
    FilterService filters;
    @Autowired
    AuthorizationService authorizations;

    private final ListAppender<ILoggingEvent> statements = new ListAppender<>();
    private Logger authorizationStatements;
    private Level levelBefore;

    @BeforeEach
    void countAuthorizationStatements() {
        authorizationStatements = (Logger) LoggerFactory.getLogger(NAMESPACE);
        levelBefore = authorizationStatements.getLevel();
        authorizationStatements.setLevel(Level.DEBUG);
        statements.start();
        authorizationStatements.addAppender(statements);
    }

    @AfterEach
    void stopCounting() {
        authorizationStatements.detachAppender(statements);
        authorizationStatements.setLevel(levelBefore);
    }

    @Test
    void tasklistRequestsDoNotScanTheAuthorizationTableAndDecideAsBefore() {
        HttpApi http = HttpApi.demo(port, "admin");
        EngineClock.set(EngineClock.at(2026, 11, 25, 9, 0));
        processes.start(2026, DeadlineDates.none());
        processes.guidanceReceived(2026);
        String ownTask = planTaskOf("stcOfficers").getId();
        String otherUnitsTask = planTaskOf("stpOfficers").getId();
        Filter unitWork = filters.createFilterQuery().filterName("Việc của đơn vị").singleResult();
        statements.list.clear();

        // what Tasklist asks while an officer opens the unit's list, a task and its form, claims and gives it back
        Response list = http.post("stcchuyenvien", "/engine-rest/filter/" + unitWork.getId() + "/list?firstResult=0&maxResults=15",
                Map.of("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc"))));
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().findValuesAsText("id")).contains(ownTask).doesNotContain(otherUnitsTask);
        assertThat(http.get("stcchuyenvien", "/engine-rest/filter/" + unitWork.getId() + "/count").status()).isEqualTo(200);
        assertThat(http.get("stcchuyenvien", "/engine-rest/task/" + ownTask).status()).isEqualTo(200);
        assertThat(http.get("stcchuyenvien", "/engine-rest/task/" + ownTask + "/form-variables").status()).isEqualTo(200);
        assertThat(http.post("stcchuyenvien", "/engine-rest/task/" + ownTask + "/claim", Map.of("userId", "stcchuyenvien"))
                .status()).isEqualTo(204);
        assertThat(http.post("stcchuyenvien", "/engine-rest/task/" + ownTask + "/unclaim", Map.of()).status()).isEqualTo(204);
        // and another unit's task stays out of reach
        assertThat(http.get("stcchuyenvien", "/engine-rest/task/" + otherUnitsTask).ok()).isFalse();
        assertThat(http.post("stcchuyenvien", "/engine-rest/task/" + otherUnitsTask + "/claim",
                Map.of("userId", "stcchuyenvien")).status()).isEqualTo(403);

        assertThat(executions(NAMESPACE)).as("authorization checks ran and were counted").isGreaterThan(5);
        assertThat(executions(GROUP_SCAN)).as("SELECT distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION").isZero();

        // revokes are still found (authorizationCheckRevokes "auto" looks for them with the user and the groups)
        Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoke.setUserId("stcchuyenvien");
        revoke.setResource(Resources.TASK);
        revoke.setResourceId(ownTask);
        revoke.removePermission(Permissions.READ);
        authorizations.saveAuthorization(revoke);
        try {
            assertThat(http.get("stcchuyenvien", "/engine-rest/task/" + ownTask).ok()).as("task read revoked").isFalse();
        } finally {
            authorizations.deleteAuthorization(revoke.getId());
        }
        assertThat(http.get("stcchuyenvien", "/engine-rest/task/" + ownTask).status()).as("revoke removed").isEqualTo(200);
        assertThat(executions(GROUP_SCAN)).isZero();
        System.out.printf("AUTHORIZATION STATEMENTS: %d authorization statements over 10 Tasklist-like requests, %d group scans%n",
                executions(NAMESPACE), executions(GROUP_SCAN));
    }

    private Task planTaskOf(String group) {
        return tasks.createTaskQuery().taskDefinitionKey(CycleProcess.PREPARE_PLAN).taskCandidateGroup(group).singleResult();
    }

    /** Executions of the statements under the logger name: MyBatis logs "==>  Preparing: ..." once for each. */
    private long executions(String loggerPrefix) {
        return List.copyOf(statements.list).stream()
                .filter(event -> event.getLoggerName().startsWith(loggerPrefix))
                .filter(event -> event.getFormattedMessage().contains("Preparing:"))
                .count();
    }
}
