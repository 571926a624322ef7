package vn.parindex.platform.web;

import jakarta.servlet.Filter;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import vn.parindex.platform.security.LoginThrottle;

/**
 * The web's filters, in this order: the body size limit, security headers, the login throttle, the engine REST API's
 * HTTP Basic authentication against the Camunda identity (open by default in the starter), the gate of its
 * administrators' parts, our Vietnamese validation messages, and our API's authentication.
 */
@Configuration(proxyBeanMethods = false)
class RestSecurityConfiguration {

    @Bean
    FilterRegistrationBean<Filter> requestSizeLimit(@Value("${par.security.max-body:2MB}") DataSize limit,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        var registration = new FilterRegistrationBean<Filter>(new RequestSizeLimitFilter(limit));
        registration.setName("requestSizeLimit");
        registration.addUrlPatterns("/engine-rest/*", "/api/*", webappPath + "/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    /** Before authentication, so a refused request carries the headers too. */
    @Bean
    FilterRegistrationBean<Filter> securityHeaders() {
        var registration = new FilterRegistrationBean<Filter>(new SecurityHeadersFilter());
        registration.setName("securityHeaders");
        registration.addUrlPatterns("/api/*", "/pages/*", "/engine-rest/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** The webapps send their own security headers (camunda.bpm.webapp.header-security), but no Referrer-Policy. */
    @Bean
    FilterRegistrationBean<Filter> webappReferrerPolicy(@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        var registration = new FilterRegistrationBean<Filter>((request, response, chain) -> {
            ((jakarta.servlet.http.HttpServletResponse) response).setHeader("Referrer-Policy", SecurityHeadersFilter.REFERRER_POLICY);
            chain.doFilter(request, response);
        });
        registration.setName("webappReferrerPolicy");
        registration.addUrlPatterns(webappPath + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        return registration;
    }

    @Bean
    FilterRegistrationBean<Filter> loginThrottleFilter(LoginThrottle throttle,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        String loginForm = webappPath + "/api/admin/auth/user/";
        var registration = new FilterRegistrationBean<Filter>(new LoginThrottleFilter(throttle, loginForm));
        registration.setName("loginThrottle");
        registration.addUrlPatterns("/engine-rest/*", "/api/*", "/pages/*", loginForm + "*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<Filter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<Filter>(new ProcessEngineAuthenticationFilter());
        registration.setName("engineRestAuthentication");
        registration.addUrlPatterns("/engine-rest/*");
        registration.setInitParameters(Map.of("authentication-provider", HttpBasicAuthenticationProvider.class.getName()));
        registration.setOrder(0);
        return registration;
    }

    /** After authentication: it needs the user. */
    @Bean
    FilterRegistrationBean<Filter> engineRestGate(IdentityService identity,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        var registration = new FilterRegistrationBean<Filter>(new EngineRestGate(identity, webappPath + "/api/engine"));
        registration.setName("engineRestGate");
        registration.addUrlPatterns("/engine-rest/*", webappPath + "/api/engine/*");
        registration.setOrder(1);
        return registration;
    }

    /**
     * Our Vietnamese validation messages instead of the engine's wrapped 500, in Tasklist and the REST API; each refusal
     * is logged in one line instead of the engine's two stack traces.
     */
    @Bean
    FilterRegistrationBean<Filter> engineApiValidationMessages(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        ExpectedRefusalLogFilter.install();
        var registration = new FilterRegistrationBean<Filter>(new EngineApiValidationFilter());
        registration.setName("engineApiValidationMessages");
        registration.addUrlPatterns(webappPath + "/api/engine/*", "/engine-rest/*");
        registration.setOrder(2);
        return registration;
    }

    /** Our API and pages answer refusals themselves; the engine's error records of them stay out of the log. */
    @Bean
    FilterRegistrationBean<Filter> refusalScope() {
        var registration = new FilterRegistrationBean<Filter>(new RefusalScopeFilter());
        registration.setName("refusalScope");
        registration.addUrlPatterns("/api/*", "/pages/*");
        registration.setOrder(2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<Filter> apiAuthentication(ApiAuthenticationFilter filter) {
        var registration = new FilterRegistrationBean<Filter>(filter);
        registration.setName("apiAuthentication");
        registration.addUrlPatterns("/api/*", "/pages/*");
        return registration;
    }
}
