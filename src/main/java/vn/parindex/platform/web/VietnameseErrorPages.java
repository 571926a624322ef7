package vn.parindex.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error a browser meets (404, 403, 500, …) as a Vietnamese page in the application's layout, with its menu and
 * a way back (the page the user came from on this site; our pages run no script, so no history.back()), instead of Spring's English "Whitelabel Error Page". The page says what our code said when it refused
 * (a {@link ResponseStatusException}'s reason or an exception marked {@link ResponseStatus}: our messages are
 * Vietnamese); a server error never shows its exception.
 */
@Component
@RequiredArgsConstructor
class VietnameseErrorPages implements ErrorViewResolver {

    private final ErrorAttributes errors;
    private final Clock clock;

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Map<String, Object> page = new HashMap<>();
        page.put("status", status.value());
        page.put("title", title(status));
        page.put("explanation", explanation(status));
        page.put("reason", status.is5xxServerError() ? null : reason(request));
        page.put("year", LocalDate.now(clock).getYear());
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        page.put("path", path == null ? "" : path.toString());
        page.put("back", LocalPaths.sameSite(request.getHeader("Referer"), request));
        return new ModelAndView("error", page, status);
    }

    private String reason(HttpServletRequest request) {
        Throwable error = errors.getError(new ServletWebRequest(request));
        if (error instanceof ResponseStatusException refused) {
            return refused.getReason();
        }
        if (error != null && AnnotatedElementUtils.hasAnnotation(error.getClass(), ResponseStatus.class)) {
            return error.getMessage();
        }
        return null;
    }

    private static String title(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Không tìm thấy trang";
            case FORBIDDEN -> "Bạn không có quyền xem trang này";
            case UNAUTHORIZED -> "Vui lòng đăng nhập";
            case BAD_REQUEST -> "Yêu cầu không hợp lệ";
            case METHOD_NOT_ALLOWED -> "Trang không nhận yêu cầu này";
            default -> status.is5xxServerError() ? "Hệ thống gặp lỗi" : "Không thực hiện được yêu cầu";
        };
    }

    private static String explanation(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Địa chỉ này không có trong hệ thống, hoặc nội dung đã được chuyển đi.";
            case FORBIDDEN -> "Trang này dành cho người dùng có vai trò khác. Nếu cần quyền, vui lòng liên hệ Sở Nội vụ.";
            case UNAUTHORIZED -> "Trang này dành cho người dùng đã đăng nhập.";
            default -> status.is5xxServerError()
                    ? "Yêu cầu chưa được thực hiện và không có gì bị lưu dở. Vui lòng thử lại sau ít phút; nếu vẫn lỗi,"
                    + " báo cho quản trị hệ thống kèm thời điểm xảy ra."
                    : "Vui lòng kiểm tra lại địa chỉ hoặc dữ liệu đã nhập.";
        };
    }
}
