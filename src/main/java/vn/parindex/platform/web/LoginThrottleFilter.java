package vn.parindex.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
        if ("POST".equals(request.getMethod()) && request.getRequestURI().startsWith(loginPath)) {
            String user = request.getParameter("username");
            return user == null || user.isBlank() ? null : user;
        }
        return null;
    }
}
