package vn.parindex.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.parindex.cycle.CycleService;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.EngineClock;
import vn.parindex.support.HttpApi;
import vn.parindex.support.HttpApi.Response;
import vn.parindex.support.PostgresSpringTest;

/**
 * Our pages and API send security headers whose content policy fits the pages, and a change made through the
 * Tasklist session needs the session's CSRF token: logged in as a real browser is (Camunda's login API, session
 * cookie), a POST or PUT without the token, or with a wrong one, changes nothing.
 */
class SecurityHeadersAndCsrfIT extends PostgresSpringTest {

    private static final int YEAR = 2026;
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([0-9a-f]+)\"");
    private static final Pattern EVENT_HANDLER = Pattern.compile("(?i)<[^>]+\\son[a-z]+\\s*=");

    @LocalServerPort
    int port;
    @Autowired
    CycleProcessService processes;
    @Autowired
    CycleService cycles;
    @Autowired
    CycleDriver driver;

    HttpApi http;
    ProcessInstance cycle;

    @BeforeEach
    void openCycle() {
        http = HttpApi.demo(port, "admin");
        EngineClock.set(EngineClock.at(2026, 11, 25, 9, 0));
        cycle = processes.start(YEAR, DeadlineDates.none());
    }

    @Test
    void pagesAndApiSendSecurityHeadersThatFitThePages() {
        processes.guidanceReceived(YEAR);
        String task = driver.task(cycle.getId(), CycleProcess.SELF_SCORE, "STP").getId();
        List<Response> responses = List.of(
                http.get("snvdieuphoi", "/pages/dashboard?year=" + YEAR),
                http.get("snvdieuphoi", "/pages/dashboard/unit?year=" + YEAR + "&unit=STP"),
                http.get("snvdieuphoi", "/pages/notifications?year=" + YEAR + "&unit="),
                http.get("stpchuyenvien", "/pages/evidence?task=" + task),
                http.get("snvdieuphoi", "/api/cycles/" + YEAR + "/dashboard"),
                http.get("stcchuyenvien", "/pages/evidence?task=" + task),
                http.get("stpchuyenvien", "/pages/dashboard?year=" + YEAR),
                http.get(null, "/pages/dashboard?year=" + YEAR),
                http.get(null, "/api/cycles"));
        assertThat(responses).extracting(Response::status).containsExactly(200, 200, 200, 200, 200, 404, 403, 401, 401);
        for (Response response : responses) {
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
            assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'", "script-src 'self'",
                    "frame-ancestors 'self'", "form-action 'self'", "object-src 'none'").doesNotContain("unsafe-eval");
            assertThat(response.header("Content-Security-Policy").replace("style-src 'self' 'unsafe-inline'", ""))
                    .as("only styles may be inline").doesNotContain("unsafe-inline");
        }
        // the policy allows only our own script files: no inline script, no event handler attributes
        for (Response page : responses.subList(0, 4)) {
            assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\ssrc=\"/)");
            assertThat(EVENT_HANDLER.matcher(page.body()).find()).isFalse();
        }
    }

    /** Issue 16, item 8: the engine REST API sends the same headers; Tasklist's pages send a Referrer-Policy too. */
    @Test
    void theEngineApiAndTasklistSendSecurityHeaders() throws Exception {
        for (Response response : List.of(http.get("stpchuyenvien", "/engine-rest/task"), http.get(null, "/engine-rest/task"),
                http.get("stpchuyenvien", "/engine-rest/metrics/activity-instance-start/sum"))) {
            assertThat(response.header("X-Content-Type-Options")).as(response.toString()).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
            assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'self'");
        }
        for (String page : List.of("/camunda/app/tasklist/default/", "/camunda/app/welcome/default/")) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + page)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Referrer-Policy")).as(page).hasValue("same-origin");
        }
    }

    @Test
    void aSessionChangeWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        Session snv = Session.login(port, "snvdieuphoi");
        Response dashboard = snv.get("/pages/dashboard?year=" + YEAR);
        assertThat(dashboard.status()).as("the Tasklist session reads our pages").isEqualTo(200);
        Matcher field = CSRF_FIELD.matcher(dashboard.body());
        assertThat(field.find()).as("the form carries the session's token").isTrue();
        String token = field.group(1);
        String open = "/pages/dashboard/guidance-received?year=" + YEAR;

        assertThat(snv.postForm(open, Map.of()).status()).as("no token").isEqualTo(401);
        assertThat(snv.postForm(open, Map.of("_csrf", "0".repeat(token.length()))).status()).as("a wrong token").isEqualTo(401);
        assertThat(snv.postForm(open, Map.of("_csrf", ""), Map.of("Origin", "https://evil.example")).status())
                .as("another site's form").isEqualTo(401);
        assertThat(snv.send("PUT", "/api/cycles/" + YEAR + "/deadlines/unit-score-due",
                "{\"date\":\"2027-01-13\",\"reason\":\"Công văn\"}", Map.of("Content-Type", "application/json")).status())
                .as("an API change through the session without the token").isEqualTo(401);
        assertThat(snv.send("POST", "/api/cycles/" + YEAR + "/guidance-received", null, Map.of()).status()).isEqualTo(401);
        assertThat(cycles.findOpen(YEAR).orElseThrow().selfAssessmentOpenedAt()).as("nothing changed").isNull();
        assertThat(driver.openTasks(cycle.getId(), CycleProcess.SELF_SCORE)).isEmpty();

        Response accepted = snv.postForm(open, Map.of("_csrf", token));
        assertThat(accepted.status()).as("with the token").isEqualTo(302);
        assertThat(cycles.findOpen(YEAR).orElseThrow().selfAssessmentOpenedAt()).isNotNull();
        System.out.println("CSRF: 5 session changes without a valid token refused (401), nothing changed; with the token: accepted");
    }

    /** A browser-like client: cookies, Camunda's login, no Basic credentials. */
    record Session(HttpClient client, String base) {

        static Session login(int port, String user) throws Exception {
            String base = "http://localhost:" + port;
            CookieManager cookies = new CookieManager();
            HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
            // Tasklist's page sets Camunda's own CSRF cookie; its login call sends it back as a header
            client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).build(),
                    HttpResponse.BodyHandlers.discarding());
            String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().orElse("");
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base
                            + "/camunda/api/admin/auth/user/default/login/tasklist"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as("Camunda login: " + login.body()).isEqualTo(200);
            return new Session(client, base);
        }

        Response get(String path) throws Exception {
            return send("GET", path, null, Map.of());
        }

        Response postForm(String path, Map<String, String> fields) throws Exception {
            return postForm(path, fields, Map.of());
        }

        Response postForm(String path, Map<String, String> fields, Map<String, String> headers) throws Exception {
            StringBuilder body = new StringBuilder();
            fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            Map<String, String> all = new java.util.HashMap<>(headers);
            all.put("Content-Type", "application/x-www-form-urlencoded");
            return send("POST", path, body.toString(), all);
        }

        Response send(String method, String path, String body, Map<String, String> headers) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response.headers());
        }
    }
}
