package vn.parindex.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/** Paths of this application that a page may send a browser back to: never another site (an open redirect). */
final class LocalPaths {

    private LocalPaths() {
    }

    /** {@code target} when it is a path of our pages or the webapps, else null. */
    static String local(String target) {
        if (target == null || target.isBlank() || !target.startsWith("/") || target.startsWith("//")
                || target.contains("\\") || target.chars().anyMatch(Character::isISOControl)) {
            return null;
        }
        return target.startsWith("/pages/") || target.startsWith("/camunda/") ? target : null;
    }

    /** The path and query of a Referer from this site, else null. */
    static String sameSite(String referer, HttpServletRequest request) {
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())
                    || port != request.getServerPort()) {
                return null;
            }
            return local(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
