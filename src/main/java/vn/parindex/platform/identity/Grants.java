package vn.parindex.platform.identity;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import vn.parindex.orgdirectory.RoleGroups;

/** Where an {@link AuthorizationContribution} adds its grants. */
public interface Grants {

    /** The province's managers: Sở Nội vụ's coordinators and director, the Chairman and the Vice-chairman. */
    List<String> MANAGERS = List.of(RoleGroups.SNV_COORDINATORS, RoleGroups.SNV_DIRECTOR, RoleGroups.CHAIRMAN,
            RoleGroups.VICE_CHAIRMAN);

    /** Every group: each unit's officers and heads, the province roles and the groups features contribute. */
    List<String> allGroups();

    /** Grants the permissions to the group on the resource (adds what is missing to an existing grant). */
    void grant(String group, Resource resource, String resourceId, Permission... permissions);

    /** The same grant to several groups. */
    default void grant(List<String> groups, Resource resource, String resourceId, Permission... permissions) {
        for (String group : groups) {
            grant(group, resource, resourceId, permissions);
        }
    }
}
