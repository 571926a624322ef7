package vn.parindex.platform.web;

import jakarta.servlet.Filter;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The engine REST API is open by default in the starter; here it requires HTTP Basic against the Camunda identity. */
@Configuration(proxyBeanMethods = false)
class RestSecurityConfiguration {

    @Bean
    FilterRegistrationBean<Filter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<Filter>(new ProcessEngineAuthenticationFilter());
        registration.setName("engineRestAuthentication");
        registration.addUrlPatterns("/engine-rest/*");
        registration.setInitParameters(Map.of("authentication-provider", HttpBasicAuthenticationProvider.class.getName()));
        return registration;
    }

    /** Our Vietnamese validation messages instead of the engine's wrapped 500, in Tasklist and the REST API. */
    @Bean
    FilterRegistrationBean<Filter> engineApiValidationMessages(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        var registration = new FilterRegistrationBean<Filter>(new EngineApiValidationFilter());
        registration.setName("engineApiValidationMessages");
        registration.addUrlPatterns(webappPath + "/api/engine/*", "/engine-rest/*");
        return registration;
    }

    /** Before authentication, so a refused request carries the headers too. */
    @Bean
    FilterRegistrationBean<Filter> securityHeaders() {
        var registration = new FilterRegistrationBean<Filter>(new SecurityHeadersFilter());
        registration.setName("securityHeaders");
        registration.addUrlPatterns("/api/*", "/pages/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
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
