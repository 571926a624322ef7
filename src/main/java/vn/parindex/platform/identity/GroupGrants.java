package vn.parindex.platform.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * The groups' authorizations as stored, read with one query, and what this start adds to them, saved together by
 * {@link #save}. At start the grants are some 850 rows (every group × Tasklist, filters and process definitions):
 * one look-up and one save command per row took most of the start-up data's time.
 */
final class GroupGrants implements Grants {

    private record Key(String group, int resourceType, String resourceId) {
    }

    private final AuthorizationService authorizations;
    private final List<String> allGroups;
    private final Map<Key, Authorization> stored = new LinkedHashMap<>();
    private final Map<Key, Authorization> changed = new LinkedHashMap<>();

    /** Reads the stored authorizations of the groups (every group the start ensured: no one else's). */
    GroupGrants(AuthorizationService authorizations, List<String> allGroups) {
        this.authorizations = authorizations;
        this.allGroups = List.copyOf(allGroups);
        // ordered by id, as the look-up per grant was: of several rows for one resource, the first is the one changed
        for (Authorization authorization : authorizations.createAuthorizationQuery()
                .groupIdIn(this.allGroups.stream().distinct().toArray(String[]::new)).list()) {
            if (authorization.getGroupId() != null) {
                stored.putIfAbsent(new Key(authorization.getGroupId(), authorization.getResourceType(),
                        authorization.getResourceId()), authorization);
            }
        }
    }

    @Override
    public List<String> allGroups() {
        return allGroups;
    }

    @Override
    public void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Key key = new Key(group, resource.resourceType(), resourceId);
        Authorization authorization = stored.computeIfAbsent(key, absent -> newGrant(group, resource, resourceId));
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed.put(key, authorization);
            }
        }
        if (authorization.getId() == null) {
            changed.put(key, authorization);
        }
    }

    /** Grants only when the group has no authorization at all on the resource (one its managers may have edited). */
    void grantIfNone(String group, Resource resource, String resourceId, Permission... permissions) {
        if (!stored.containsKey(new Key(group, resource.resourceType(), resourceId))) {
            grant(group, resource, resourceId, permissions);
        }
    }

    /** Saves the new and changed grants; the caller runs it in one engine command, so they are written as one batch. */
    void save() {
        changed.values().forEach(authorizations::saveAuthorization);
        changed.clear();
    }

    private Authorization newGrant(String group, Resource resource, String resourceId) {
        Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(group);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        return authorization;
    }
}
