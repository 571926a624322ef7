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
 * a refused permission (403) in Vietnamese too; a body the engine REST API cannot read (not JSON, or a list where an
 * object belongs) gets a Vietnamese 400 instead of Jackson's English. Other responses pass unchanged.
 */
class EngineApiValidationFilter extends OncePerRequestFilter {

    private static final java.util.Set<String> WRITES = java.util.Set.of("POST", "PUT", "DELETE");
    private final ObjectMapper json = new ObjectMapper();

    static final String UNREADABLE = "Dữ liệu gửi lên không đúng định dạng: cần một đối tượng JSON theo mẫu của API"
            + " (ví dụ {\"variables\": {...}}); không có gì được lưu.";
    private static final java.util.regex.Pattern JACKSON_WORDS = java.util.regex.Pattern.compile(
            "Cannot deserialize|JsonToken|StreamReadConstraints|Unexpected character|Unrecognized token|Unexpected end-of-input");
    /** Jackson's errors as the engine REST API names them (the exception's simple name). */
    private static final java.util.Set<String> MAPPING_ERRORS = java.util.Set.of("MismatchedInputException",
            "InvalidFormatException", "UnrecognizedPropertyException", "InvalidTypeIdException", "InvalidDefinitionException",
            "ValueInstantiationException", "InvalidNullException");

    /**
     * The engine REST API's 400 for a body it could not read or map: Jackson's own answer (plain English text, e.g.
     * "Cannot deserialize value of type … from Array value"), the engine's JSON error naming a Jackson exception, or its
     * InvalidRequestException without a message or with Jackson's.
     */
    private boolean unreadableBody(byte[] answer) {
        try {
            com.fasterxml.jackson.databind.JsonNode error = json.readTree(answer);
            if (error == null || !error.isObject() || !error.has("type")) {
                return true;
            }
            String type = error.path("type").asText("");
            String message = error.path("message").asText("");
            return type.startsWith("Json") || MAPPING_ERRORS.contains(type)
                    || "InvalidRequestException".equals(type) && (message.isBlank() || JACKSON_WORDS.matcher(message).find());
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

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
        if (failure == null && buffered.getStatus() == HttpServletResponse.SC_BAD_REQUEST && !response.isCommitted()
                && unreadableBody(buffered.getContentAsByteArray())) {
            failure = new ValidationFailures.Refusal(HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", UNREADABLE,
                    java.util.List.of(UNREADABLE));
        }
        if (failure == null || buffered.getStatus() < 400 || response.isCommitted()) {
            buffered.copyBodyToResponse();
            return;
        }
        buffered.resetBuffer();
        RefusalLog.answered(request, failure.status(), failure.message());
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
