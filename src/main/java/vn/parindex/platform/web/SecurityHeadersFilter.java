package vn.parindex.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers of our pages and API ({@code /pages}, {@code /api}) and of the engine REST API ({@code /engine-rest});
 * the Camunda webapps send their own, plus our Referrer-Policy. The policy fits our Thymeleaf pages: no script at all, inline styles (the pages' {@code <style>} blocks and
 * {@code style} attributes), images and frames from this server only (the mail catcher shows mails in a sandboxed
 * {@code srcdoc} frame), forms posting back here, and no other site may frame a page (clickjacking).
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src 'self'; frame-ancestors 'self';"
            + " form-action 'self'; base-uri 'self'; object-src 'none'";

    static final String REFERRER_POLICY = "same-origin";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        chain.doFilter(request, response);
    }
}
