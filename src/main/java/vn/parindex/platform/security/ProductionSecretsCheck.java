package vn.parindex.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * No default secrets where real data lives: with {@code par.security.require-secrets} (the {@code postgres} profile)
 * the application refuses to start, before it touches the database, when the administrator's password is missing or
 * a well-known default, or when the demo users (one shared password for everybody) are switched on without
 * {@code par.demo.allowed} (a local trial stack such as {@code docker/compose.yaml}).
 */
@Component
class ProductionSecretsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    static final int MIN_ADMIN_PASSWORD = 8;
    private static final Set<String> DEFAULT_PASSWORDS = Set.of("admin", "demo", "password", "camunda", "12345678");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Không khởi động (hồ sơ cấu hình dùng dữ liệu thật): " + String.join(" ", problems));
        }
    }

    static List<String> problems(Environment environment) {
        List<String> problems = new ArrayList<>();
        if (!environment.getProperty("par.security.require-secrets", Boolean.class, false)) {
            return problems;
        }
        String adminPassword = adminPassword(environment);
        if (adminPassword == null || adminPassword.isBlank()) {
            problems.add("Chưa đặt mật khẩu quản trị: đặt biến môi trường PAR_ADMIN_PASSWORD.");
        } else if (adminPassword.length() < MIN_ADMIN_PASSWORD
                || DEFAULT_PASSWORDS.contains(adminPassword.toLowerCase(java.util.Locale.ROOT))
                || adminPassword.equals(environment.getProperty("par.demo.password"))) {
            problems.add("Mật khẩu quản trị (PAR_ADMIN_PASSWORD) là mật khẩu mặc định hoặc ngắn hơn " + MIN_ADMIN_PASSWORD
                    + " ký tự.");
        }
        if (environment.getProperty("par.demo.enabled", Boolean.class, false)
                && !environment.getProperty("par.demo.allowed", Boolean.class, false)) {
            problems.add("Người dùng thử nghiệm (chung mật khẩu \"" + environment.getProperty("par.demo.password", "demo")
                    + "\") đang bật (PAR_DEMO_ENABLED=true): tắt đi, hoặc đặt thêm PAR_DEMO_ALLOWED=true nếu đây chỉ là"
                    + " môi trường thử.");
        }
        return problems;
    }

    /** The configured password, or null when it is not set (an unresolved {@code ${PAR_ADMIN_PASSWORD}}). */
    private static String adminPassword(Environment environment) {
        try {
            return environment.getProperty("camunda.bpm.admin-user.password");
        } catch (IllegalArgumentException unresolved) {
            return null;
        }
    }
}
