package vn.parindex.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist shows the message of a failed form submission as it comes. When our server-side validation refused it, the
 * engine's answer is a 500 whose message wraps ours in English ("Cannot submit task form …: ENGINE-03051 …"); this
 * filter answers 422 with exactly our Vietnamese message instead. When a colleague completed or claimed the task first
 * (a second submit, a simultaneous one), it answers 409 with a Vietnamese explanation instead of the engine's 500, and
 * a refused permission (403) in Vietnamese too. Other responses pass unchanged.
 */
class EngineApiValidationFilter extends OncePerRequestFilter {

    private static final java.util.Set<String> WRITES = java.util.Set.of("POST", "PUT", "DELETE");
    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // only writes can fail our validation; reads stream as before
        return !WRITES.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        var captured = ValidationFailures.begin();
        try {
            chain.doFilter(request, buffered);
        } finally {
            ValidationFailures.end();
        }
        ValidationFailures.Refusal failure = captured.get();
        if (failure == null || buffered.getStatus() < 400 || response.isCommitted()) {
            buffered.copyBodyToResponse();
            return;
        }
        buffered.resetBuffer();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", failure.type());
        body.put("message", failure.message());
        body.put("problems", failure.problems());
        response.setStatus(failure.status());
        response.setContentType("application/json;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] bytes = json.writeValueAsBytes(body);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
