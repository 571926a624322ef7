package vn.parindex.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import vn.parindex.common.ValidationException;

/** Vietnamese messages for what our API refuses, including requests malformed before they reach our code. */
@RestControllerAdvice
class ApiExceptionHandler {

    private final DataSize maxFileSize;

    ApiExceptionHandler(@Value("${par.evidence.max-size:20MB}") DataSize maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<Map<String, Object>> invalid(ValidationException e, HttpServletRequest request) {
        RefusalLog.answered(request, HttpStatus.UNPROCESSABLE_ENTITY.value(), e.getMessage());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(Map.of("message", e.getMessage(), "problems", e.problems()));
    }

    @ExceptionHandler(AuthorizationException.class)
    ResponseEntity<Map<String, Object>> forbidden(AuthorizationException e, HttpServletRequest request) {
        RefusalLog.answered(request, HttpStatus.FORBIDDEN.value(), e.getMessage());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", "Bạn không có quyền thực hiện việc này."));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return badRequest("Dữ liệu gửi lên không đúng định dạng (JSON) hoặc có giá trị không hợp lệ, ví dụ ngày không theo dạng"
                + " năm-tháng-ngày hay năm không phải là số.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e) {
        return badRequest("Giá trị của \"" + e.getName() + "\" không hợp lệ.");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException e) {
        return badRequest("Thiếu tham số \"" + e.getParameterName() + "\".");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException e) {
        return badRequest("Chưa chọn tệp tải lên.");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> notAnUpload(MultipartException e) {
        return badRequest("Chưa chọn tệp tải lên, hoặc yêu cầu tải tệp không hợp lệ (cần multipart/form-data).");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Map.of("message",
                "Tệp quá lớn; mỗi tệp tài liệu kiểm chứng tối đa " + maxFileSize.toMegabytes() + " MB. Không có gì được lưu."));
    }

    private static ResponseEntity<Map<String, Object>> badRequest(String message) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("message", message));
    }
}
