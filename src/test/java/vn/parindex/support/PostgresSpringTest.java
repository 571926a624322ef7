package vn.parindex.support;

import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the Spring Boot tests: real PostgreSQL, the demo users, the job executor off (tests run jobs explicitly),
 * one shared context for every subclass, and a clean slate of cycles after each test. The server listens on a random
 * port so the browser test shares this context (a second context would register a second engine "default").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "par.demo.enabled=true",
        "spring.datasource.username=postgres",
        "spring.datasource.password=postgres"})
@ActiveProfiles("test")
@Import(ProcessEngineCoverageConfiguration.class)
public abstract class PostgresSpringTest {

    @Autowired
    protected TestCycles testCycles;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", EmbeddedPostgres::jdbcUrl);
        registry.add("spring.mail.port", () -> TestSmtp.PORT);
    }

    @AfterEach
    void removeCycles() {
        testCycles.removeAll();
    }
}
