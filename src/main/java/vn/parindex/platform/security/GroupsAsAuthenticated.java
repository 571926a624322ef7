package vn.parindex.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization manager without its table scan. Camunda's own one narrows the user's groups, in every
 * command that checks an authorization, to the groups that appear in some authorization:
 * {@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION} (statement {@code selectAuthorizedGroupIds}), cached only
 * for that command. On deadline day that was the costliest statement of the database (2.4 ms, once per request).
 *
 * <p>The narrowing changes no decision: the group ids only ever appear in {@code A.GROUP_ID_ IN (...)} conditions of
 * the grant and revoke sub-queries (Camunda 7.24's {@code Authorization.xml}: {@code authorizationCheck},
 * {@code queryAuthorizationCheck}, {@code selectRevokeAuthorization}), and a group without a row matches no row there,
 * grant or revoke alike; with the groups' part matching nothing, the check falls through to the global grants just as
 * it does when the list is empty. So the user's groups are passed as they are (nulls dropped, as Camunda does), and
 * {@code authorizationCheckRevokes} keeps its meaning: revokes of the user's groups are still found.
 */
final class GroupsAsAuthenticated extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
        if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
            return EMPTY_LIST;
        }
        List<String> groups = new ArrayList<>(authenticatedGroupIds.size());
        authenticatedGroupIds.stream().filter(Objects::nonNull).distinct().forEach(groups::add);
        return groups;
    }

    /** Opens {@link GroupsAsAuthenticated} wherever the engine asks a command for its {@link AuthorizationManager}. */
    static final class Factory implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return AuthorizationManager.class;
        }

        @Override
        public Session openSession() {
            return new GroupsAsAuthenticated();
        }
    }
}
