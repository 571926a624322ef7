package vn.parindex.platform.identity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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

    private final ProcessEngine engine;
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
        Set<String> existingGroups = new HashSet<>();
        identity.createGroupQuery().list().forEach(group -> existingGroups.add(group.getId()));
        Map<String, String> newGroups = new LinkedHashMap<>();
        List<String> allGroups = new ArrayList<>();
        BiConsumer<String, String> ensureGroup = (id, name) -> {
            if (existingGroups.add(id)) {
                newGroups.put(id, name);
            }
            allGroups.add(id);
        };
        for (OrgUnit unit : orgDirectory.all()) {
            ensureGroup.accept(OrgDirectoryService.officersGroup(unit.code()), "Chuyên viên – " + unit.name());
            ensureGroup.accept(OrgDirectoryService.headsGroup(unit.code()), "Thủ trưởng – " + unit.name());
        }
        ensureGroup.accept(RoleGroups.SNV_COORDINATORS, "Sở Nội vụ – điều phối Chỉ số CCHC");
        ensureGroup.accept(RoleGroups.SNV_DIRECTOR, "Giám đốc Sở Nội vụ");
        ensureGroup.accept(RoleGroups.CHAIRMAN, "Chủ tịch UBND tỉnh");
        ensureGroup.accept(RoleGroups.VICE_CHAIRMAN, "Phó Chủ tịch UBND tỉnh (ủy quyền)");
        for (AuthorizationContribution contribution : contributions) {
            contribution.groups().forEach(ensureGroup);
        }
        inOneCommand(() -> newGroups.forEach(this::createGroup));

        GroupGrants grants = new GroupGrants(authorizations, allGroups);
        grants.grant(allGroups, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grants.grant(Grants.MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grants.grant(Grants.MANAGERS, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grants.grant(RoleGroups.SNV_COORDINATORS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        for (AuthorizationContribution contribution : contributions) {
            contribution.contribute(grants);
        }
        filters.ensure(allGroups, grants);
        inOneCommand(grants::save);
        if (properties.enabled()) {
            inOneCommand(() -> createDemoUsers(existingGroups));
        }
    }

    private void createGroup(String id, String name) {
        Group group = identity.newGroup(id);
        group.setName(name);
        group.setType(WORKFLOW);
        identity.saveGroup(group);
    }

    /**
     * Runs the engine calls in one command: they share its session and are written in one flush (a JDBC batch),
     * instead of a command, an interceptor chain and a flush each.
     */
    private void inOneCommand(Runnable calls) {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> {
                    calls.run();
                    return null;
                });
    }

    private void createDemoUsers(Set<String> groups) {
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
            // in one command nothing is flushed before its end: a group listed twice must not be joined twice
            Set<String> joined = new HashSet<>();
            for (String group : demo.groups()) {
                if (!groups.contains(group)) {
                    throw new IllegalStateException("demo-users.yaml: nhóm " + group + " của người dùng " + demo.id()
                            + " không tồn tại");
                }
                if (joined.add(group) && identity.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
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
