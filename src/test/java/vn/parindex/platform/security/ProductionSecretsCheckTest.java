package vn.parindex.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The postgres profile's start-up refusal of default secrets (the profile sets par.security.require-secrets). */
class ProductionSecretsCheckTest {

    @Test
    void theDefaultProfileKeepsItsDemoDefaults() {
        MockEnvironment environment = new MockEnvironment().withProperty("camunda.bpm.admin-user.password", "admin")
                .withProperty("par.demo.enabled", "true");
        assertThat(ProductionSecretsCheck.problems(environment)).isEmpty();
    }

    @Test
    void aMissingOrDefaultAdminPasswordIsRefused() {
        assertThat(ProductionSecretsCheck.problems(production().withProperty("camunda.bpm.admin-user.password", "${PAR_ADMIN_PASSWORD}")))
                .singleElement().asString().contains("PAR_ADMIN_PASSWORD");
        assertThat(ProductionSecretsCheck.problems(production().withProperty("camunda.bpm.admin-user.password", "")))
                .singleElement().asString().contains("Chưa đặt mật khẩu quản trị");
        for (String weak : new String[] {"admin", "Admin", "demo", "ngan"}) {
            assertThat(ProductionSecretsCheck.problems(production().withProperty("camunda.bpm.admin-user.password", weak)))
                    .as(weak).singleElement().asString().contains("mật khẩu mặc định hoặc ngắn hơn 8 ký tự");
        }
        assertThat(ProductionSecretsCheck.problems(production().withProperty("camunda.bpm.admin-user.password", "Quan-tri-2026!")))
                .isEmpty();
    }

    @Test
    void demoUsersNeedAnExplicitAllowance() {
        MockEnvironment demo = production().withProperty("camunda.bpm.admin-user.password", "Quan-tri-2026!")
                .withProperty("par.demo.enabled", "true");
        assertThat(ProductionSecretsCheck.problems(demo)).singleElement().asString()
                .contains("PAR_DEMO_ENABLED=true", "PAR_DEMO_ALLOWED=true");
        assertThat(ProductionSecretsCheck.problems(demo.withProperty("par.demo.allowed", "true"))).isEmpty();
    }

    private static MockEnvironment production() {
        return new MockEnvironment().withProperty("par.security.require-secrets", "true");
    }
}
