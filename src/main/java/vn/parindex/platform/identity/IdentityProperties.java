package vn.parindex.platform.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled  whether the demo users of {@code data/demo-users.yaml} are created (never in production)
 * @param password the password every demo user gets
 */
@ConfigurationProperties("par.demo")
public record IdentityProperties(@DefaultValue("false") boolean enabled, @DefaultValue("demo") String password) {
}
