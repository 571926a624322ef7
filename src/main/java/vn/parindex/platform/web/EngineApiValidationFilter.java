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
import vn.parindex.common.ValidationException;

/**
 * Tasklist shows the message of a failed form submission as it comes. When our server-side validation refused it, the
 * engine's answer is a 500 whose message wraps ours in English ("Cannot submit task form …: ENGINE-03051 …"); this
 * filter answers 422 with exactly our Vietnamese message instead. Other responses pass unchanged.
 */
class EngineApiValidationFilter extends OncePerRequestFilter {

    static final int UNPROCESSABLE = 422;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // only writes can fail our validation; reads stream as before
        return !"POST".equals(request.getMethod()) && !"PUT".equals(request.getMethod());
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
        ValidationException failure = captured.get();
        if (failure == null || buffered.getStatus() < 400 || response.isCommitted()) {
            buffered.copyBodyToResponse();
            return;
        }
        buffered.resetBuffer();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "ValidationException");
        body.put("message", failure.getMessage());
        body.put("problems", failure.problems());
        response.setStatus(UNPROCESSABLE);
        response.setContentType("application/json;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] bytes = json.writeValueAsBytes(body);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
