package vn.parindex.internalindex.files;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parindex.office.Upload;

/** Every generated ranking file, numbered per period and kind, with its bytes ({@code ii_report_file}). */
@Repository
@RequiredArgsConstructor
public class RankingFiles {

    /** A kept file; {@code content} is null in listings. */
    public record Stored(long periodId, RankingKind kind, int version, String fileName, String contentType, int sizeBytes,
                  String sha256, boolean published, String generatedBy, OffsetDateTime generatedAt, byte[] content) {
    }

    private static final String COLUMNS = "period_id, kind, version, file_name, content_type, size_bytes, sha256, "
            + "published, generated_by, generated_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    Stored store(long periodId, RankingKind kind, String fileName, byte[] content, boolean published, String user) {
        // two downloads at the same moment may pick the same next version: the unique key refuses one, it retries
        for (int attempt = 0; ; attempt++) {
            int version = jdbc.sql("select coalesce(max(version), 0) + 1 from ii_report_file where period_id = ? and kind = ?")
                    .params(periodId, kind.name()).query(Integer.class).single();
            try {
                jdbc.sql("""
                        insert into ii_report_file (period_id, kind, version, file_name, content_type, size_bytes, sha256,
                                                    content, published, generated_by, generated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(periodId, kind.name(), version, fileName, kind.contentType(), content.length,
                                Upload.sha256(content), content, published, user, OffsetDateTime.now(clock))
                        .update();
                return find(periodId, kind, version, true).orElseThrow();
            } catch (DuplicateKeyException e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    Optional<Stored> find(long periodId, RankingKind kind, int version, boolean withContent) {
        return jdbc.sql("select " + COLUMNS + (withContent ? ", content" : "")
                        + " from ii_report_file where period_id = ? and kind = ? and version = ?")
                .params(periodId, kind.name(), version).query((rs, n) -> map(rs, withContent)).optional();
    }

    List<Stored> list(long periodId) {
        return jdbc.sql("select " + COLUMNS + " from ii_report_file where period_id = ? order by kind, version")
                .param(periodId).query((rs, n) -> map(rs, false)).list();
    }

    private static Stored map(java.sql.ResultSet rs, boolean withContent) throws java.sql.SQLException {
        return new Stored(rs.getLong("period_id"), RankingKind.valueOf(rs.getString("kind")), rs.getInt("version"),
                rs.getString("file_name"), rs.getString("content_type"), rs.getInt("size_bytes"), rs.getString("sha256"),
                rs.getBoolean("published"), rs.getString("generated_by"), rs.getObject("generated_at", OffsetDateTime.class),
                withContent ? rs.getBytes("content") : null);
    }
}
