package vn.parindex.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.platform.security.LoginThrottle;
import vn.parindex.support.EngineClock;
import vn.parindex.support.HttpApi;
import vn.parindex.support.HttpApi.Response;
import vn.parindex.support.PostgresSpringTest;

/**
 * Refused requests must not harm anybody else (issue 16): an officer's refused runs of a deadline watch's timer leave
 * the job's retries, due date and the incidents as they were; wrong passwords hold back that client address for that
 * account (429, growing delay), never the account itself: the right password from another address, and another
 * account from the same address, are let in at once, and every attempt is logged.
 */
@ExtendWith(OutputCaptureExtension.class)
class RefusedCallsLeaveNoTraceIT extends PostgresSpringTest {

    private static final int YEAR = 2026;
    private static final String VICTIM = "vpubndchuyenvien";
    private static final Pattern VIETNAMESE = Pattern.compile(
            "(?iu).*[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ].*", Pattern.DOTALL);

    @LocalServerPort
    int port;
    @Autowired
    CycleProcessService processes;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    IdentityService identity;
    @Autowired
    LoginThrottle throttle;

    @AfterEach
    void forgetFailedLogins() {
        for (String address : List.of("127.0.0.1", "0:0:0:0:0:0:0:1", "127.0.0.2")) {
            throttle.succeeded(address, VICTIM);
        }
    }

    @Test
    void refusedJobCallsLeaveTheJobUntouched() {
        HttpApi http = HttpApi.demo(port, "admin");
        EngineClock.set(EngineClock.at(2026, 11, 25, 9, 0));
        processes.start(YEAR, DeadlineDates.none());
        processes.guidanceReceived(YEAR);
        Job watch = EngineClock.noticeTimers(management).get(0);
        int retries = watch.getRetries();
        Date due = watch.getDuedate();
        long incidents = runtime.createIncidentQuery().count();

        List<Response> refused = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            refused.add(http.post("stpchuyenvien", "/engine-rest/job/" + watch.getId() + "/execute", Map.of()));
        }
        refused.add(http.put("stpchuyenvien", "/engine-rest/job/" + watch.getId() + "/retries", Map.of("retries", 0)));
        refused.add(http.put("stpchuyenvien", "/engine-rest/job/" + watch.getId() + "/duedate", Map.of("duedate", "2030-01-01T00:00:00.000+0700")));
        refused.add(http.post("snvdieuphoi", "/engine-rest/job/retries", Map.of("jobIds", List.of(watch.getId()), "retries", 0)));
        refused.add(http.send("DELETE", "stpchuyenvien", "/engine-rest/job/" + watch.getId(), null, Map.of()));
        refused.add(http.post("stpchuyenvien", "/engine-rest/engine/default/job/" + watch.getId() + "/execute", Map.of()));
        Job after = management.createJobQuery().jobId(watch.getId()).singleResult();
        assertThat(after.getRetries()).as("retries after %d refused calls", refused.size()).isEqualTo(retries);
        assertThat(after.getDuedate()).isEqualTo(due);
        assertThat(after.getExceptionMessage()).isNull();
        assertThat(runtime.createIncidentQuery().count()).as("incidents").isEqualTo(incidents);
        for (Response response : refused) {
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.message()).contains("Chỉ quản trị hệ thống").matches(VIETNAMESE);
        }
        assertThat(http.get("stpchuyenvien", "/engine-rest/job?processDefinitionKey=" + watch.getProcessDefinitionKey()).status())
                .as("reading stays as the engine's authorizations allow").isEqualTo(200);
        // Cockpit's jobs tab queries by POST: a read, so a manager sees the tasks' notice timers there
        Response query = http.post("snvdieuphoi", "/engine-rest/job", Map.of("processInstanceId", watch.getProcessInstanceId()));
        assertThat(query.status()).as(query.toString()).isEqualTo(200);
        assertThat(http.post("snvdieuphoi", "/engine-rest/job/count", Map.of("processInstanceId", watch.getProcessInstanceId()))
                .status()).isEqualTo(200);
        System.out.printf("JOB CALLS: %d refused (403) by an officer and a coordinator; retries %d -> %d, incidents %d -> %d%n",
                refused.size(), retries, after.getRetries(), incidents, runtime.createIncidentQuery().count());
    }

    @Test
    void wrongPasswordsHoldBackTheSenderNotTheAccount(CapturedOutput log) throws Exception {
        HttpApi wrong = new HttpApi("http://127.0.0.1:" + port, user -> "sai-mat-khau");
        List<Integer> statuses = new ArrayList<>();
        Response held = null;
        for (int i = 0; i < 30; i++) {
            Response response = i % 2 == 0 ? wrong.get(VICTIM, "/engine-rest/task") : wrong.get(VICTIM, "/api/cycles");
            statuses.add(response.status());
            if (response.status() == 429) {
                held = response;
            }
        }
        assertThat(statuses).as("the first failures are answered as failures").startsWith(401, 401, 401, 401, 401);
        assertThat(statuses).containsOnly(401, 429).contains(429);
        assertThat(held.message()).contains("Vui lòng thử lại sau").matches(VIETNAMESE);
        assertThat(Integer.parseInt(held.header("Retry-After"))).isPositive();

        // the right password from the same address waits too (a few more failures keep the pair held while the test
        // looks, whatever the machine's speed); from another address it is let in at once
        for (int i = 0; i < 5; i++) {
            throttle.failed("127.0.0.1", VICTIM);
        }
        HttpApi right = new HttpApi("http://127.0.0.1:" + port, user -> "demo");
        assertThat(right.get(VICTIM, "/engine-rest/task").status()).as("same address, same account").isEqualTo(429);
        assertThat(rawGet("127.0.0.2", VICTIM, "demo", "/engine-rest/task")).as("another address, engine REST").isEqualTo(200);
        assertThat(rawGet("127.0.0.2", VICTIM, "demo", "/api/cycles")).as("another address, our API").isEqualTo(200);
        assertThat(right.get("stpchuyenvien", "/engine-rest/task").status()).as("same address, another account").isEqualTo(200);
        assertThat(identity.checkPassword(VICTIM, "demo")).as("the account is not locked in the engine").isTrue();
        assertThat(log.getAll()).contains("Failed login for \"" + VICTIM + "\" from 127.0.0.1 (1 in a row)",
                "held back for");

        // Tasklist's login form counts as well, and still logs in with the right password
        throttle.succeeded("127.0.0.1", VICTIM);
        for (int i = 0; i < 6; i++) {
            assertThat(formLogin(VICTIM, "sai-mat-khau")).isEqualTo(401);
        }
        assertThat(throttle.waitBefore("127.0.0.1", VICTIM)).as("6 wrong passwords on the login form").isPositive();
        for (int i = 0; i < 5; i++) {
            throttle.failed("127.0.0.1", VICTIM);
        }
        assertThat(formLogin(VICTIM, "demo")).as("held back").isEqualTo(429);
        throttle.succeeded("127.0.0.1", VICTIM);
        assertThat(formLogin(VICTIM, "demo")).isEqualTo(200);
        System.out.println("LOGIN THROTTLE: 30 wrong passwords from one address -> " + statuses.stream().filter(s -> s == 429).count()
                + " answered 429; the right password from another address and another account from the same address: 200;"
                + " the engine's account lock-out off");
    }

    /** A GET from a chosen local address (the throttle keys on the client address). */
    private int rawGet(String fromAddress, String user, String password, String path) throws Exception {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(fromAddress), 0)) {
            OutputStream out = socket.getOutputStream();
            String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Basic " + basic
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            for (int b; (b = in.read()) != -1 && b != '\n'; ) {
                head.write(b);
            }
            return Integer.parseInt(head.toString(StandardCharsets.US_ASCII).split(" ")[1]);
        }
    }

    /** Tasklist's login form, as the browser sends it (Camunda's CSRF cookie and header). */
    private int formLogin(String user, String password) throws Exception {
        String base = "http://127.0.0.1:" + port;
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.discarding());
        String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
        return client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
