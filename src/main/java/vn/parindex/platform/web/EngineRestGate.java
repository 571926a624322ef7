package vn.parindex.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Parts of the engine REST API (and of the webapps' copy of it) that only administrators use, refused to everybody
 * else before the engine runs anything:
 * <ul>
 * <li>writes on jobs, job definitions (their queries sent as POST are reads, left to the engine's authorizations: a
 * manager sees a task's notice timers in Cockpit's jobs tab), batches, external tasks, incidents, migrations and modifications: the engine
 * runs a job before it finds out that the caller may not, and counts the refusal as the job's failure (three refused
 * {@code POST /job/{id}/execute} made an incident and stopped a unit's reminders);</li>
 * <li>engine-wide metrics and telemetry;</li>
 * <li>{@code /condition}: no process of ours starts on a condition (the engine would answer 500).</li>
 * </ul>
 * {@code /engine-rest/engine}, which Camunda's authentication filter leaves open, needs a login here.
 */
class EngineRestGate extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Pattern NAMED_ENGINE = Pattern.compile("^/engine/[^/]+(/.*)?$");
    private static final List<String> ADMIN_WRITES = List.of("/job", "/job-definition", "/batch", "/external-task",
            "/incident", "/migration", "/modification");
    private static final List<String> ADMIN_ONLY = List.of("/metrics", "/telemetry");
    /** Queries sent as POST (Cockpit's jobs tab lists a process instance's timers this way): reads, not writes. */
    private static final Set<String> QUERIES_BY_POST = Set.of("/job", "/job/count", "/job-definition",
            "/job-definition/count");
    static final String ADMINISTRATORS_ONLY = "Chỉ quản trị hệ thống được thực hiện thao tác này (việc chạy lại, đổi số lần"
            + " thử của công việc nền, số liệu và thông tin vận hành của hệ thống).";

    private final IdentityService identity;
    private final String webappApi;

    /** {@code webappApi}: the webapps' engine API, e.g. /camunda/api/engine. */
    EngineRestGate(IdentityService identity, String webappApi) {
        this.identity = identity;
        this.webappApi = webappApi;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        boolean webapp = uri.startsWith(webappApi + "/");
        String path = webapp ? uri.substring(webappApi.length()) : uri.substring(Math.min(uri.length(), "/engine-rest".length()));
        if (!webapp && path.matches("^/engine/?$")) {
            // Camunda's authentication filter lets this one through without looking at the credentials
            String[] credentials = ApiAuthenticationFilter.basicCredentials(request.getHeader("Authorization"));
            if (credentials == null || !identity.checkPassword(credentials[0], credentials[1])) {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setHeader("WWW-Authenticate", "Basic realm=\"Chi so CCHC\", charset=\"UTF-8\"");
                JsonAnswers.write(response, "AuthenticationException", "Vui lòng đăng nhập.");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        Matcher named = NAMED_ENGINE.matcher(path);
        if (named.matches()) {
            path = named.group(1) == null ? "" : named.group(1);
        }
        if (startsWithAny(path, List.of("/condition"))) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            JsonAnswers.write(response, "AuthorizationException", "Hệ thống không dùng quy trình khởi động theo điều kiện"
                    + " (condition); yêu cầu không được thực hiện.");
            return;
        }
        boolean query = "POST".equals(request.getMethod()) && QUERIES_BY_POST.contains(path);
        boolean adminOnly = startsWithAny(path, ADMIN_ONLY)
                || !SAFE_METHODS.contains(request.getMethod()) && !query && startsWithAny(path, ADMIN_WRITES);
        if (adminOnly && !isAdministrator(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            JsonAnswers.write(response, "AuthorizationException", ADMINISTRATORS_ONLY);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean startsWithAny(String path, List<String> prefixes) {
        return prefixes.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    private boolean isAdministrator(HttpServletRequest request) {
        List<String> groups = currentGroups(request);
        return groups != null && groups.contains(Groups.CAMUNDA_ADMIN);
    }

    /** The groups of the user Camunda's REST authentication set on the engine, else of the webapps' session user. */
    private List<String> currentGroups(HttpServletRequest request) {
        Authentication engine = identity.getCurrentAuthentication();
        if (engine != null) {
            return engine.getGroupIds();
        }
        UserAuthentication session = ApiAuthenticationFilter.sessionUser(request);
        return session == null || session.getGroupIds() == null ? null : List.copyOf(session.getGroupIds());
    }
}
