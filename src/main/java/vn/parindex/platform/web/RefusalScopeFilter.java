package vn.parindex.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks a request to our API or pages as one that answers our validation and refused permissions itself
 * ({@link ApiExceptionHandler}: 422, 403), so that the engine's error record of such a refusal is left out of the log
 * ({@link ExpectedRefusalLogFilter}). Unlike {@link EngineApiValidationFilter} it changes no answer.
 */
class RefusalScopeFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ValidationFailures.begin();
        try {
            chain.doFilter(request, response);
        } finally {
            ValidationFailures.end();
        }
    }
}
