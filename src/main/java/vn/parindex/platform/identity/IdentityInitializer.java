package vn.parindex.platform.identity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.common.StartupLoader;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.orgdirectory.OrgUnit;
import vn.parindex.orgdirectory.RoleGroups;

/**
 * Camunda groups and authorizations from our org data: officers and heads of every unit, the province roles, what
 * every group may open, and what each feature contributes ({@link AuthorizationContribution}: its own groups and the
 * grants on its process definitions). Idempotent: runs at every start and only adds what is missing.
 */
@Component
@Order(2)
@RequiredArgsConstructor
public class IdentityInitializer implements StartupLoader {

    private static final Logger log = LoggerFactory.getLogger(IdentityInitializer.class);
    private static final String WORKFLOW = "WORKFLOW";

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final OrgDirectoryService orgDirectory;
    private final IdentityProperties properties;
    private final TasklistFilters filters;
    private final List<AuthorizationContribution> contributions;

    /** In one transaction; nodes of a cluster start one at a time (platform.engine.ClusterStartupLock). */
    @Override
    @Transactional
    public void load() {
        List<String> allGroups = new ArrayList<>();
        for (OrgUnit unit : orgDirectory.all()) {
            allGroups.add(ensureGroup(OrgDirectoryService.officersGroup(unit.code()), "Chuyên viên – " + unit.name()));
            allGroups.add(ensureGroup(OrgDirectoryService.headsGroup(unit.code()), "Thủ trưởng – " + unit.name()));
        }
        allGroups.add(ensureGroup(RoleGroups.SNV_COORDINATORS, "Sở Nội vụ – điều phối Chỉ số CCHC"));
        allGroups.add(ensureGroup(RoleGroups.SNV_DIRECTOR, "Giám đốc Sở Nội vụ"));
        allGroups.add(ensureGroup(RoleGroups.CHAIRMAN, "Chủ tịch UBND tỉnh"));
        allGroups.add(ensureGroup(RoleGroups.VICE_CHAIRMAN, "Phó Chủ tịch UBND tỉnh (ủy quyền)"));
        for (AuthorizationContribution contribution : contributions) {
            contribution.groups().forEach((id, name) -> allGroups.add(ensureGroup(id, name)));
        }

        Grants grants = new Grants() {
            @Override
            public List<String> allGroups() {
                return List.copyOf(allGroups);
            }

            @Override
            public void grant(String group, Resource resource, String resourceId, Permission... permissions) {
                IdentityInitializer.this.grant(group, resource, resourceId, permissions);
            }
        };
        grants.grant(allGroups, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grants.grant(Grants.MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grants.grant(Grants.MANAGERS, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grants.grant(RoleGroups.SNV_COORDINATORS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        for (AuthorizationContribution contribution : contributions) {
            contribution.contribute(grants);
        }
        filters.ensure(allGroups);
        if (properties.enabled()) {
            createDemoUsers();
        }
    }

    private String ensureGroup(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(WORKFLOW);
            identity.saveGroup(group);
        }
        return id;
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        var existing = authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource)
                .resourceId(resourceId).list();
        var authorization = existing.isEmpty() ? authorizations.createNewAuthorization(1) : existing.get(0);
        if (existing.isEmpty()) {
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean changed = existing.isEmpty();
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(authorization);
        }
    }

    private void createDemoUsers() {
        DemoUsersFile file = readDemoUsers();
        for (DemoUsersFile.DemoUser demo : file.users()) {
            User user = identity.createUserQuery().userId(demo.id()).singleResult();
            if (user == null) {
                user = identity.newUser(demo.id());
                user.setPassword(properties.password());
            }
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setEmail(demo.email());
            identity.saveUser(user);
            for (String group : demo.groups()) {
                if (identity.createGroupQuery().groupId(group).count() == 0) {
                    throw new IllegalStateException("demo-users.yaml: nhóm " + group + " của người dùng " + demo.id()
                            + " không tồn tại");
                }
                if (identity.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
                    identity.createMembership(demo.id(), group);
                }
            }
        }
        log.info("Demo users ready: {} (password from par.demo.password)", file.users().size());
    }

    private static DemoUsersFile readDemoUsers() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = new ClassPathResource("data/demo-users.yaml").getInputStream()) {
            return yaml.readValue(in, DemoUsersFile.class);
        } catch (IOException e) {
            throw new IllegalStateException("Không đọc được data/demo-users.yaml", e);
        }
    }
}
