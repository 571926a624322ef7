package vn.parindex.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;

/** The user's groups reach the authorization checks as they are, without a look at the table (no database here). */
class GroupsAsAuthenticatedTest {

    private final GroupsAsAuthenticated manager = new GroupsAsAuthenticated();

    @Test
    void passesTheGroupsWithoutNullsOrRepeats() {
        assertThat(manager.filterAuthenticatedGroupIds(Arrays.asList("stcOfficers", null, "snvCoordinators", "stcOfficers")))
                .containsExactly("stcOfficers", "snvCoordinators");
    }

    @Test
    void noGroupsIsAnEmptyList() {
        assertThat(manager.filterAuthenticatedGroupIds(null)).isEmpty();
        assertThat(manager.filterAuthenticatedGroupIds(List.of())).isEmpty();
        assertThat(manager.filterAuthenticatedGroupIds(Arrays.asList((String) null))).isEmpty();
    }

    @Test
    void theFactoryReplacesTheEnginesAuthorizationManager() {
        GroupsAsAuthenticated.Factory factory = new GroupsAsAuthenticated.Factory();
        assertThat(factory.getSessionType()).isEqualTo(AuthorizationManager.class);
        assertThat(factory.openSession()).isInstanceOf(GroupsAsAuthenticated.class);
    }
}
