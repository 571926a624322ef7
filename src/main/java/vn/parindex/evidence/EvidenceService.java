package vn.parindex.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import vn.parindex.common.ValidationException;

/**
 * Evidence documents of a unit's items. Who may see or add them is decided by the caller (the unit's own users and
 * the province roles); this service checks the file itself: size, real type, a sensible name.
 */
@Service
public class EvidenceService {

    public record Content(EvidenceDocument document, byte[] bytes) {
    }

    private static final String COLUMNS = """
            id, cycle_id, unit_code, criterion_code, file_name, content_type, size_bytes, sha256, uploaded_by,
            uploaded_at, task_id""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DataSize maxSize;

    EvidenceService(JdbcClient jdbc, Clock clock, @Value("${par.evidence.max-size:20MB}") DataSize maxSize) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    @Transactional
    public EvidenceDocument add(long cycleId, String unitCode, String criterionCode, String taskId, String fileName,
                                byte[] content, String user) {
        if (content == null || content.length == 0) {
            throw new ValidationException("Tệp tải lên rỗng. Vui lòng chọn tệp tài liệu kiểm chứng.");
        }
        if (content.length > maxSize.toBytes()) {
            throw new ValidationException("Tệp quá lớn (" + content.length / 1024 + " KB); tối đa "
                    + maxSize.toMegabytes() + " MB mỗi tệp.");
        }
        EvidenceType type = EvidenceType.detect(content).orElseThrow(() -> new ValidationException(
                "Chỉ nhận tệp PDF, Word (.docx), Excel (.xlsx) hoặc ảnh PNG, JPEG; nội dung tệp \"" + safeName(fileName)
                        + "\" không thuộc các loại này."));
        String name = safeName(fileName);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into evidence_document (cycle_id, unit_code, criterion_code, task_id, file_name, content_type,
                            size_bytes, sha256, content, uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(cycleId, unitCode, criterionCode, taskId, name, type.contentType(), content.length,
                        sha256(content), content, user, OffsetDateTime.now(clock))
                .update(keys, "id");
        return find(keys.getKey().longValue()).orElseThrow();
    }

    /**
     * Deletes a file its uploader no longer wants, while the sheet it was uploaded for is still being prepared: the
     * caller passes the open self-scoring task, and only a file uploaded by {@code user} in that very task goes (a file
     * of a submitted sheet stays, whoever asks). What the file was, and who deleted it when, is kept in
     * {@code evidence_deletion}.
     */
    @Transactional
    public EvidenceDocument delete(long id, String openTaskId, String user) {
        EvidenceDocument document = find(id).orElseThrow(() -> new ValidationException("Không tìm thấy tệp này."));
        if (!document.uploadedBy().equals(user)) {
            throw new ValidationException("Chỉ người đã tải tệp \"" + document.fileName() + "\" lên mới được xóa tệp.");
        }
        if (!openTaskId.equals(document.taskId())) {
            throw new ValidationException("Tệp \"" + document.fileName() + "\" thuộc kết quả tự chấm đã nộp, không xóa được.");
        }
        jdbc.sql("""
                        insert into evidence_deletion (evidence_id, cycle_id, unit_code, criterion_code, task_id, file_name,
                            size_bytes, sha256, uploaded_by, uploaded_at, deleted_by, deleted_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(document.id(), document.cycleId(), document.unitCode(), document.criterionCode(),
                        document.taskId(), document.fileName(), document.sizeBytes(), document.sha256(),
                        document.uploadedBy(), document.uploadedAt(), user, OffsetDateTime.now(clock))
                .update();
        jdbc.sql("delete from evidence_document where id = ?").param(id).update();
        return document;
    }

    public List<EvidenceDocument> of(long cycleId, String unitCode) {
        return jdbc.sql("select " + COLUMNS + " from evidence_document where cycle_id = ? and unit_code = ? order by id")
                .params(cycleId, unitCode).query(EvidenceDocument.class).list();
    }

    /** File names per item code, for the score sheet's evidence column. */
    public Map<String, List<String>> fileNamesByItem(long cycleId, String unitCode) {
        return of(cycleId, unitCode).stream().collect(Collectors.groupingBy(EvidenceDocument::criterionCode,
                Collectors.mapping(EvidenceDocument::fileName, Collectors.toList())));
    }

    public Optional<EvidenceDocument> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from evidence_document where id = ?").param(id)
                .query(EvidenceDocument.class).optional();
    }

    public Optional<Content> content(long id) {
        return find(id).map(document -> new Content(document, jdbc.sql("select content from evidence_document where id = ?")
                .param(id).query((rs, row) -> rs.getBytes(1)).single()));
    }

    /** The base name only, without paths or control characters, at most 255 characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (name.isEmpty()) {
            name = "tai-lieu";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
