package vn.parindex.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Our pages (/pages) and API (/api) run as a Camunda user, so the engine's authorization checks apply to everything
 * a request does. One login: whoever is logged in to Tasklist or Cockpit (the webapps' session) is logged in here too,
 * and logging out there logs out here. Without that session, HTTP Basic credentials of a Camunda user are accepted.
 * A request that changes something through the session must carry the session's CSRF token (our pages' forms hold
 * it in the field {@code _csrf}), so another site cannot make a logged-in user's browser change data; scripts use
 * Basic credentials instead.
 */
@Component
@RequiredArgsConstructor
class ApiAuthenticationFilter extends OncePerRequestFilter {

    private static final String ENGINE = "default";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** Request attribute with the session's CSRF token, for pages that render forms. */
    public static final String CSRF_ATTRIBUTE = "parCsrfToken";
    private static final String CSRF_SESSION_KEY = "vn.parindex.csrf";
    private static final String CSRF_FIELD = "_csrf";
    private static final String CSRF_HEADER = "X-CSRF-TOKEN";

    private final IdentityService identity;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        UserAuthentication session = sessionUser(request);
        if (session != null && !SAFE_METHODS.contains(request.getMethod()) && !validCsrfToken(request)) {
            session = null;
        }
        if (session != null) {
            request.setAttribute(CSRF_ATTRIBUTE, csrfToken(request.getSession()));
            identity.setAuthentication(session.getIdentityId(), session.getGroupIds());
        } else {
            String[] credentials = basicCredentials(request.getHeader("Authorization"));
            if (credentials == null || !identity.checkPassword(credentials[0], credentials[1])) {
                refuse(request, response);
                return;
            }
            List<String> groups = identity.createGroupQuery().groupMember(credentials[0]).list().stream()
                    .map(Group::getId).toList();
            identity.setAuthentication(credentials[0], groups);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }

    private static String csrfToken(HttpSession session) {
        Object token = session.getAttribute(CSRF_SESSION_KEY);
        if (token == null) {
            byte[] random = new byte[24];
            new java.security.SecureRandom().nextBytes(random);
            token = java.util.HexFormat.of().formatHex(random);
            session.setAttribute(CSRF_SESSION_KEY, token);
        }
        return token.toString();
    }

    private static boolean validCsrfToken(HttpServletRequest request) {
        Object expected = request.getSession().getAttribute(CSRF_SESSION_KEY);
        String given = request.getHeader(CSRF_HEADER) != null ? request.getHeader(CSRF_HEADER) : request.getParameter(CSRF_FIELD);
        return expected != null && given != null && java.security.MessageDigest.isEqual(
                expected.toString().getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    static UserAuthentication sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        return authentications != null && authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user
                ? user : null;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        if (request.getRequestURI().startsWith("/pages/")) {
            // a page: point the user to the one login page (Tasklist); Basic still works for scripts
            response.setHeader("WWW-Authenticate", "Basic realm=\"Chi so CCHC\", charset=\"UTF-8\"");
            response.setContentType("text/html;charset=UTF-8");
            String back = HtmlUtils.htmlEscape(request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            response.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><meta charset=\"UTF-8\"><title>Đăng nhập</title>"
                    + "<body style=\"font-family: Arial, sans-serif; margin: 24px\"><h1>Vui lòng đăng nhập</h1>"
                    + "<p>Trang này dành cho người dùng đã đăng nhập. <a href=\"/camunda/app/tasklist/default/\">Đăng nhập"
                    + " vào hệ thống</a> (Tasklist), sau đó mở lại <a href=\"" + back + "\">trang này</a>.</p></body></html>");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Chi so CCHC\", charset=\"UTF-8\"");
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"message\":\"Vui lòng đăng nhập.\"}");
    }

    static String[] basicCredentials(String header) {
        if (header == null || !header.startsWith("Basic ")) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
