package vn.parindex.consolidation.files;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parindex.office.Upload;

/** Every generated provincial file, numbered per cycle and kind, with its bytes (bytea on PostgreSQL and H2). */
@Repository
@RequiredArgsConstructor
class ReportFiles {

    private static final String COLUMNS = "id, cycle_id, kind, version, file_name, content_type, size_bytes, sha256, "
            + "generated_by, generated_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    StoredReport store(long cycleId, ReportKind kind, String fileName, byte[] content, String user) {
        // two downloads at the same moment may pick the same next version: the unique key refuses one, it retries
        for (int attempt = 0; ; attempt++) {
            int version = jdbc.sql("select coalesce(max(version), 0) + 1 from report_file where cycle_id = ? and kind = ?")
                    .params(cycleId, kind.name()).query(Integer.class).single();
            try {
                jdbc.sql("""
                        insert into report_file (cycle_id, kind, version, file_name, content_type, size_bytes, sha256,
                                                 content, generated_by, generated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(cycleId, kind.name(), version, fileName, kind.contentType(), content.length,
                                Upload.sha256(content), content, user, OffsetDateTime.now(clock))
                        .update();
                return find(cycleId, kind, version, true).orElseThrow();
            } catch (DuplicateKeyException e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    Optional<StoredReport> find(long cycleId, ReportKind kind, int version, boolean withContent) {
        return jdbc.sql("select " + COLUMNS + (withContent ? ", content" : "")
                        + " from report_file where cycle_id = ? and kind = ? and version = ?")
                .params(cycleId, kind.name(), version)
                .query((rs, n) -> map(rs, withContent)).optional();
    }

    List<StoredReport> list(long cycleId) {
        return jdbc.sql("select " + COLUMNS + " from report_file where cycle_id = ? order by kind, version")
                .param(cycleId).query((rs, n) -> map(rs, false)).list();
    }

    private static StoredReport map(java.sql.ResultSet rs, boolean withContent) throws java.sql.SQLException {
        return new StoredReport(rs.getLong("id"), rs.getLong("cycle_id"), ReportKind.valueOf(rs.getString("kind")),
                rs.getInt("version"), rs.getString("file_name"), rs.getString("content_type"), rs.getInt("size_bytes"),
                rs.getString("sha256"), rs.getString("generated_by"), rs.getObject("generated_at", OffsetDateTime.class),
                withContent ? rs.getBytes("content") : null);
    }
}
