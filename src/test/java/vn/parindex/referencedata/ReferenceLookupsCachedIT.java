package vn.parindex.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.common.ReferenceCache;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.support.PostgresSpringTest;

/**
 * Every task given shows its unit's name and, for a sample criteria set, the set's note: both come from the reference
 * cache (issue 17, P2: a read each per task given), and this node's own reference writes are seen at once.
 */
class ReferenceLookupsCachedIT extends PostgresSpringTest {

    private static final String UNIT = "STP";
    private static final String SAMPLE_SET = "876-2022";

    @Autowired
    OrgDirectoryService orgDirectory;
    @Autowired
    CriteriaSetNotes notes;
    @Autowired
    ReferenceCache cache;
    @Autowired
    JdbcClient jdbc;

    private String unitName;
    private String sampleNote;

    @AfterEach
    void restore() {
        if (unitName != null) {
            jdbc.sql("update org_unit set name = ? where code = ?").params(unitName, UNIT).update();
        }
        if (sampleNote != null) {
            jdbc.sql("update criteria_set set sample_note = ? where code = ?").params(sampleNote, SAMPLE_SET).update();
        }
        cache.forgetAll();
    }

    @Test
    void aUnitIsReadOnceAndAgainAfterThisNodeWritesReferenceData() {
        cache.forgetAll();
        unitName = orgDirectory.get(UNIT).name();

        // another node reloaded the unit: this node keeps what it read for up to par.reference-cache.ttl (30 s)
        jdbc.sql("update org_unit set name = ? where code = ?").params(unitName + " (mới)", UNIT).update();
        assertThat(orgDirectory.get(UNIT).name()).isEqualTo(unitName);
        assertThat(orgDirectory.find(UNIT)).get().extracting(unit -> unit.name()).isEqualTo(unitName);

        // this node writes reference data (ReferenceDataStore): every node-local copy is forgotten
        cache.forgetAll();
        assertThat(orgDirectory.get(UNIT).name()).isEqualTo(unitName + " (mới)");
    }

    @Test
    void anUnknownUnitIsStillRefusedInVietnamese() {
        assertThat(orgDirectory.find("KHONG-CO")).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> orgDirectory.get("KHONG-CO"))
                .hasMessage("Không có đơn vị mã KHONG-CO");
    }

    @Test
    void theSampleSetNoteIsReadOnceAndAgainAfterThisNodeWritesReferenceData() {
        cache.forgetAll();
        sampleNote = jdbc.sql("select sample_note from criteria_set where code = ?").param(SAMPLE_SET)
                .query(String.class).single();
        String before = notes.sampleNote(SAMPLE_SET).orElseThrow();
        assertThat(notes.sampleLabel(SAMPLE_SET)).contains("Bộ tiêu chí mẫu (876-2022), chưa phải bộ tiêu chí chính thức");

        jdbc.sql("update criteria_set set sample_note = ? where code = ?").params("Ghi chú đã sửa.", SAMPLE_SET).update();
        assertThat(notes.sampleNote(SAMPLE_SET)).contains(before);

        cache.forgetAll();
        assertThat(notes.sampleNote(SAMPLE_SET).orElseThrow()).endsWith("Ghi chú đã sửa.");
    }
}
