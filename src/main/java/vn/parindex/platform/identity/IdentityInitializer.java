package vn.parindex.platform.identity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.internalindex.process.InternalIndexProcess;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.orgdirectory.OrgUnit;
import vn.parindex.orgdirectory.RoleGroups;
import vn.parindex.reporting.process.QuarterlyReportingProcess;

/**
 * Camunda groups and authorizations from our org data: officers and heads of every unit, the province roles, and
 * what each may open. Idempotent: runs at every start and only adds what is missing.
 */
@Component
@Order(2)
public class IdentityInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IdentityInitializer.class);
    private static final String WORKFLOW = "WORKFLOW";
    private static final String DEADLINE_CHANGE = "deadline-change";
    private static final String DEADLINE_WATCH = "task-deadline-watch";
    private static final String REMEDIATION_PLAN = "remediation-plan";

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final OrgDirectoryService orgDirectory;
    private final IdentityProperties properties;
    private final TasklistFilters filters;

    IdentityInitializer(IdentityService identity, AuthorizationService authorizations, OrgDirectoryService orgDirectory,
                        IdentityProperties properties, TasklistFilters filters) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.orgDirectory = orgDirectory;
        this.properties = properties;
        this.filters = filters;
    }

    /** In one transaction; nodes of a cluster start one at a time (platform.engine.ClusterStartupLock). */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<String> allGroups = new ArrayList<>();
        for (OrgUnit unit : orgDirectory.all()) {
            allGroups.add(ensureGroup(OrgDirectoryService.officersGroup(unit.code()), "Chuyên viên – " + unit.name()));
            allGroups.add(ensureGroup(OrgDirectoryService.headsGroup(unit.code()), "Thủ trưởng – " + unit.name()));
        }
        allGroups.add(ensureGroup(RoleGroups.SNV_COORDINATORS, "Sở Nội vụ – điều phối Chỉ số CCHC"));
        allGroups.add(ensureGroup(RoleGroups.SNV_DIRECTOR, "Giám đốc Sở Nội vụ"));
        allGroups.add(ensureGroup(RoleGroups.CHAIRMAN, "Chủ tịch UBND tỉnh"));
        allGroups.add(ensureGroup(RoleGroups.VICE_CHAIRMAN, "Phó Chủ tịch UBND tỉnh (ủy quyền)"));
        allGroups.add(ensureGroup(InternalIndexProcess.COUNCIL_GROUP, "Hội đồng thẩm định Chỉ số CCHC của các cơ quan, đơn vị"));
        allGroups.add(ensureGroup(InternalIndexProcess.WORKING_TEAM_GROUP, "Tổ giúp việc Hội đồng thẩm định Chỉ số CCHC"));

        for (String group : allGroups) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.PROCESS_DEFINITION, CycleProcess.PROCESS_KEY, Permissions.READ);
            // units report on their remediation tasks in Tasklist: the forms need READ on the definition
            grant(group, Resources.PROCESS_DEFINITION, REMEDIATION_PLAN, Permissions.READ);
            grant(group, Resources.PROCESS_DEFINITION, InternalIndexProcess.PROCESS_KEY, Permissions.READ);
        }
        for (String manager : List.of(RoleGroups.SNV_COORDINATORS, RoleGroups.SNV_DIRECTOR, RoleGroups.CHAIRMAN,
                RoleGroups.VICE_CHAIRMAN)) {
            grant(manager, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(manager, Resources.PROCESS_DEFINITION, CycleProcess.PROCESS_KEY, Permissions.READ_INSTANCE,
                    Permissions.READ_HISTORY);
            grant(manager, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
            grant(manager, Resources.PROCESS_DEFINITION, REMEDIATION_PLAN, Permissions.READ_INSTANCE,
                    Permissions.READ_HISTORY);
        }
        grant(RoleGroups.SNV_COORDINATORS, Resources.PROCESS_DEFINITION, CycleProcess.PROCESS_KEY,
                Permissions.CREATE_INSTANCE, Permissions.UPDATE_INSTANCE);
        grant(RoleGroups.SNV_COORDINATORS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        // the internal index of the province's units: SNV opens the year's period; managers and the council watch it
        grant(RoleGroups.SNV_COORDINATORS, Resources.PROCESS_DEFINITION, InternalIndexProcess.PROCESS_KEY,
                Permissions.CREATE_INSTANCE, Permissions.UPDATE_INSTANCE);
        for (String viewer : List.of(RoleGroups.SNV_COORDINATORS, RoleGroups.SNV_DIRECTOR, RoleGroups.CHAIRMAN,
                RoleGroups.VICE_CHAIRMAN, InternalIndexProcess.COUNCIL_GROUP)) {
            grant(viewer, Resources.PROCESS_DEFINITION, InternalIndexProcess.PROCESS_KEY, Permissions.READ_INSTANCE,
                    Permissions.READ_HISTORY);
        }
        // SNV moves deadlines (of the cycle, a quarter, a remediation task) from Tasklist (one start form) and watches the deadline watches in Cockpit
        grant(RoleGroups.SNV_COORDINATORS, Resources.PROCESS_DEFINITION, DEADLINE_CHANGE, Permissions.READ,
                Permissions.CREATE_INSTANCE, Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
        grant(RoleGroups.SNV_COORDINATORS, Resources.PROCESS_DEFINITION, DEADLINE_WATCH, Permissions.READ,
                Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
        // SNV starts remediation plans (Tasklist start form, our page or API)
        grant(RoleGroups.SNV_COORDINATORS, Resources.PROCESS_DEFINITION, REMEDIATION_PLAN, Permissions.CREATE_INSTANCE,
                Permissions.UPDATE_INSTANCE);
        // quarterly reform reports: SNV starts a year; everyone works the quarter's tasks; managers watch in Cockpit
        for (String key : List.of(QuarterlyReportingProcess.YEAR_PROCESS_KEY, QuarterlyReportingProcess.QUARTER_PROCESS_KEY)) {
            for (String group : allGroups) {
                grant(group, Resources.PROCESS_DEFINITION, key, Permissions.READ);
            }
            grant(RoleGroups.SNV_COORDINATORS, Resources.PROCESS_DEFINITION, key, Permissions.CREATE_INSTANCE,
                    Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
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
