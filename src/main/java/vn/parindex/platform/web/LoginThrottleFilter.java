package vn.parindex.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.parindex.platform.security.LoginThrottle;

/**
 * Every way to log in (HTTP Basic on the engine REST API, our API and pages; the webapps' login form) goes through
 * {@link LoginThrottle}: a client address that keeps failing for an account is answered 429 with a Vietnamese message
 * and {@code Retry-After}, before its password is checked. A 401 answer counts as a failure, any other as a success.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final String loginPath;

    /** {@code loginPath}: the webapps' login form, e.g. /camunda/api/admin/auth/user/default/login/tasklist. */
    LoginThrottleFilter(LoginThrottle throttle, String loginPath) {
        this.throttle = throttle;
        this.loginPath = loginPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isLoginForm(request)) {
            request = new ReplayedBody(request);
        }
        String user = attemptedUser(request);
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Duration wait = throttle.waitBefore(address, user);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(seconds));
            JsonAnswers.write(response, "TooManyLoginAttempts", "Đăng nhập sai quá nhiều lần với tài khoản này từ máy của"
                    + " bạn. Vui lòng thử lại sau " + seconds + " giây.");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(address, user);
        } else {
            throttle.succeeded(address, user);
        }
    }

    private String attemptedUser(HttpServletRequest request) {
        String[] basic = ApiAuthenticationFilter.basicCredentials(request.getHeader("Authorization"));
        if (basic != null) {
            return basic[0];
        }
        if (request instanceof ReplayedBody form) {
            String user = form.field("username");
            return user == null || user.isBlank() ? null : user;
        }
        return null;
    }

    private boolean isLoginForm(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && request.getRequestURI().startsWith(loginPath)
                && request.getContentType() != null && request.getContentType().startsWith("application/x-www-form-urlencoded");
    }

    /**
     * The login form's body, read here and handed on unchanged: asking the container for the parameter would consume
     * the body before the webapps' login resource reads it (Jersey warns on every login).
     */
    private static final class ReplayedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayedBody(HttpServletRequest request) throws IOException {
            super(request);
            this.body = request.getInputStream().readAllBytes();
        }

        String field(String name) {
            for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8).equals(name)) {
                    return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                }
            }
            return null;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the login form is read blocking");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
