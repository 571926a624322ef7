package vn.parindex.office;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.common.ValidationException;

/** An uploaded file's bytes, refused before they are read when larger than allowed. */
public record Upload(String fileName, byte[] bytes) {

    public static Upload of(MultipartFile file, ReportsProperties properties) {
        if (file == null || file.isEmpty()) {
            throw new ValidationException("Chưa chọn tệp để tải lên (trường \"file\").");
        }
        if (file.getSize() > properties.maxUploadSize().toBytes()) {
            throw new ValidationException("Tệp quá lớn (" + file.getSize() / 1024 + " KB); chỉ nhận tệp tối đa "
                    + properties.maxUploadSize().toMegabytes() + " MB.");
        }
        try {
            return new Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String sha256() {
        return sha256(bytes);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
