package vn.parindex.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one log record of a refused request (bad input, no permission, a colleague first): a line an operator can read,
 * where the engine would log an error with two stack traces ({@link ExpectedRefusalLogFilter} keeps those out).
 */
final class RefusalLog {

    private static final Logger log = LoggerFactory.getLogger(RefusalLog.class);

    private RefusalLog() {
    }

    static void answered(HttpServletRequest request, int status, String message) {
        log.info("Từ chối {} {} ({}): {}", request.getMethod(), request.getRequestURI(), status, message);
    }
}
