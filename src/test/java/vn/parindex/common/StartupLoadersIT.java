package vn.parindex.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.support.PostgresSpringTest;
import vn.parindex.support.StartupOrderProbe;

/**
 * The data a first user needs (calendar, policies, reference data, groups, grants, demo users, internal index) are
 * loaded before the web server serves: as Spring Boot application runners they ran after Tasklist already answered.
 */
class StartupLoadersIT extends PostgresSpringTest {

    @Autowired
    StartupOrderProbe probe;

    @Autowired
    IdentityService identity;

    @Test
    void everyLoaderRanBeforeTheWebServerServed() {
        assertThat(probe.loadedAt()).as("the last start-up loader ran").isPositive();
        assertThat(probe.servingAt()).as("the web server started").isPositive();
        assertThat(probe.loadedAt()).as("loaded before serving").isLessThan(probe.servingAt());
        assertThat(identity.createUserQuery().memberOfGroup("snvCoordinators").count()).isPositive();
    }
}
