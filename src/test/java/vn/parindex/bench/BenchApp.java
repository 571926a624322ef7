package vn.parindex.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.ParIndexApplication;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.orgdirectory.RoleGroups;

/**
 * The application, started in this JVM on a database of the embedded PostgreSQL with a synthetic dataset, its
 * DataSource counted by {@link JdbcCounter}, HTTP on a random port, the job executor stopped until a benchmark
 * starts it. Provides the simulated users and a few engine helpers.
 */
final class BenchApp implements AutoCloseable {

    static final String PASSWORD = "bench";
    static final String COORDINATOR = "benchsnv";
    static final String DIRECTOR = "benchgiamdoc";
    static final String CHAIRMAN = "benchchutich";

    final ConfigurableApplicationContext context;
    final SyntheticData.Dataset dataset;
    final String database;
    final double startSeconds;
    final ProcessEngine engine;
    final RuntimeService runtime;
    final TaskService tasks;
    final FormService forms;
    final IdentityService identity;
    final ManagementService management;
    final RepositoryService repository;
    final JdbcClient jdbc;
    final int port;

    private BenchApp(ConfigurableApplicationContext context, SyntheticData.Dataset dataset, String database,
                     double startSeconds) {
        this.context = context;
        this.dataset = dataset;
        this.database = database;
        this.startSeconds = startSeconds;
        this.engine = context.getBean(ProcessEngine.class);
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        this.forms = engine.getFormService();
        this.identity = engine.getIdentityService();
        this.management = engine.getManagementService();
        this.repository = engine.getRepositoryService();
        this.jdbc = context.getBean(JdbcClient.class);
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /**
     * Starts the application on a fresh database with the dataset. {@code overrides} are extra
     * {@code --key=value} settings (the "before tuning" run passes the old engine settings).
     */
    static BenchApp start(BenchPostgres postgres, String database, SyntheticData.Dataset dataset,
                          Map<String, String> overrides) {
        postgres.createDatabase(database);
        Map<String, String> settings = new LinkedHashMap<>();
        // production-shaped: the postgres profile (pool, job executor), credentials here
        settings.put("spring.profiles.active", "postgres");
        settings.put("spring.datasource.url", postgres.jdbcUrl(database));
        settings.put("spring.datasource.username", "postgres");
        settings.put("spring.datasource.password", "postgres");
        settings.put("camunda.bpm.admin-user.password", "bench-admin-secret"); // the postgres profile refuses defaults
        settings.put("server.port", "0");
        settings.put("par.demo.enabled", "false");
        settings.put("par.mail-catcher.enabled", "false");
        // notices are recorded (that is what is measured); sending them by SMTP happens after commit, not here
        settings.put("par.notifications.dispatch-enabled", "false");
        settings.put("spring.main.banner-mode", "off");
        settings.put("logging.level.root", "WARN");
        settings.put("logging.level.vn.parindex.bench", "INFO");
        settings.put("logging.level.org.camunda.bpm.engine.jobexecutor", "ERROR");
        settings.put("management.endpoints.web.exposure.include", "health");
        settings.putAll(overrides);
        List<String> args = new ArrayList<>();
        settings.forEach((key, value) -> args.add("--" + key + "=" + value));

        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(new DataOverlayClassLoader(previous, dataset.root()));
        long started = System.nanoTime();
        ConfigurableApplicationContext context;
        try {
            SpringApplication application = new SpringApplication(ParIndexApplication.class);
            application.addInitializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(JdbcCounter.postProcessor()));
            context = application.run(args.toArray(String[]::new));
        } finally {
            thread.setContextClassLoader(previous);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        BenchApp app = new BenchApp(context, dataset, database, seconds);
        app.jobExecutor().shutdown();
        app.createUsers();
        return app;
    }

    JobExecutor jobExecutor() {
        return configuration().getJobExecutor();
    }

    ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    /** One officer and one head per unit, and the province roles, each with an e-mail address. */
    private void createUsers() {
        List<String> units = new ArrayList<>(dataset.departments());
        units.addAll(dataset.districts());
        for (String unit : units) {
            user(officer(unit), OrgDirectoryService.officersGroup(unit));
            user(head(unit), OrgDirectoryService.headsGroup(unit));
        }
        user(COORDINATOR, RoleGroups.SNV_COORDINATORS);
        user(DIRECTOR, RoleGroups.SNV_DIRECTOR);
        user(CHAIRMAN, RoleGroups.CHAIRMAN);
    }

    private void user(String id, String group) {
        if (identity.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identity.newUser(id);
        user.setFirstName("Người dùng");
        user.setLastName(id);
        user.setEmail(id + "@bench.example");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, group);
    }

    static String officer(String unit) {
        return unit.toLowerCase() + "cv";
    }

    static String head(String unit) {
        return unit.toLowerCase() + "tt";
    }

    /** The groups of a simulated user (known from how they were created, so no query is needed). */
    static List<String> groupsOf(String userId) {
        return switch (userId) {
            case COORDINATOR -> List.of(RoleGroups.SNV_COORDINATORS);
            case DIRECTOR -> List.of(RoleGroups.SNV_DIRECTOR);
            case CHAIRMAN -> List.of(RoleGroups.CHAIRMAN);
            default -> {
                String unit = userId.substring(0, userId.length() - 2).toUpperCase();
                yield List.of(userId.endsWith("cv") ? OrgDirectoryService.officersGroup(unit)
                        : OrgDirectoryService.headsGroup(unit));
            }
        };
    }

    <T> T as(String userId, Supplier<T> action) {
        identity.setAuthentication(userId, groupsOf(userId));
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        var authorization = authorizations.createNewAuthorization(1);
        authorization.setGroupId(group);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }

    void allowStart(String processKey) {
        grant(RoleGroups.SNV_COORDINATORS, Resources.PROCESS_DEFINITION, processKey, Permissions.CREATE_INSTANCE,
                Permissions.READ);
    }

    void deploy(String name, String resource) {
        repository.createDeployment().name(name).enableDuplicateFiltering(true)
                .addClasspathResource("vn/parindex/bench/" + resource).deploy();
    }

    /** Timer jobs due up to the instant, in due order (all process definitions). */
    List<Job> dueTimers(Date until, int max) {
        return management.createJobQuery().timers().duedateLowerThan(new Date(until.getTime() + 1))
                .orderByJobDuedate().asc().listPage(0, max);
    }

    static void clock(Date at) {
        ClockUtil.setCurrentTime(at);
    }

    static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() {
        ClockUtil.reset();
        context.close();
    }
}
