package vn.parindex.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Plain HTTP against a running server, the way scripts and Tasklist call it: Basic credentials (or none), JSON
 * bodies, multipart uploads. Used against the test's own server and against the packaged application.
 */
public final class HttpApi {

    public static final ObjectMapper JSON = new ObjectMapper();

    /** A user's name and password; {@code null} for an anonymous request. */
    public record Credentials(String user, String password) {
    }

    public record Response(int status, String body, HttpHeaders headers) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The "message" of a JSON error body, else the body. */
        public String message() {
            try {
                JsonNode node = JSON.readTree(body);
                return node != null && node.has("message") ? node.get("message").asText() : body;
            } catch (IOException e) {
                return body;
            }
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    private final HttpClient client;
    private final String base;
    private final UnaryOperator<String> passwords;

    /** {@code passwords} gives each user's password. */
    public HttpApi(String base, UnaryOperator<String> passwords) {
        this.base = base;
        this.passwords = passwords;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The demo users' password for everybody but the administrator. */
    public static HttpApi demo(int port, String adminPassword) {
        return new HttpApi("http://localhost:" + port, user -> "admin".equals(user) ? adminPassword : "demo");
    }

    public String base() {
        return base;
    }

    public Response get(String user, String path) {
        return send("GET", user, path, null, Map.of());
    }

    public Response post(String user, String path, Object json) {
        return send("POST", user, path, json, Map.of());
    }

    public Response put(String user, String path, Object json) {
        return send("PUT", user, path, json, Map.of());
    }

    /** A request with a JSON body (a string is sent as is), Basic credentials unless {@code user} is null. */
    public Response send(String method, String user, String path, Object json, Map<String, String> headers) {
        HttpRequest.Builder request = request(user, path);
        headers.forEach(request::header);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json instanceof String text ? text : write(json)));
        }
        return execute(request);
    }

    /** A multipart/form-data POST with text fields and one file in the field {@code file}. */
    public Response upload(String user, String path, Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "----par" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n"));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return execute(request(user, path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Engine REST variables: {@code {"variables": {name: {"value": …[, "type": …]}}}}. */
    public static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, value instanceof TypedJson typed
                ? Map.of("value", typed.serialized(), "type", "Json")
                : java.util.Collections.singletonMap("value", value)));
        return Map.of("variables", variables);
    }

    /** A Json-typed variable (Spin), as Tasklist submits lists and objects. */
    public record TypedJson(String serialized) {
    }

    private HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            String token = user + ":" + passwords.apply(user);
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private Response execute(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object json) {
        try {
            return JSON.writeValueAsString(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
