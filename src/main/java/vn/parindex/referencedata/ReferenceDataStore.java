package vn.parindex.referencedata;

import lombok.RequiredArgsConstructor;
import vn.parindex.common.ReferenceCache;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parindex.referencedata.DataFiles.CriteriaSetFile;
import vn.parindex.referencedata.DataFiles.ItemEntry;
import vn.parindex.referencedata.DataFiles.UnitEntry;
import vn.parindex.referencedata.DataFiles.YearFile;

/** Writes validated reference data into our tables. */
@Repository
@RequiredArgsConstructor
class ReferenceDataStore {

    private final JdbcClient jdbc;
    private final ReferenceCache cache;

    void upsertUnits(List<UnitEntry> units) {
        cache.forgetAll();
        for (UnitEntry unit : units) {
            int updated = jdbc.sql("""
                    update org_unit set name = :name, unit_type = :type, valid_from = :validFrom,
                           valid_to = :validTo, email = :email where code = :code""")
                    .paramSource(unit).update();
            if (updated == 0) {
                jdbc.sql("""
                        insert into org_unit (code, name, unit_type, valid_from, valid_to, email)
                        values (:code, :name, :type, :validFrom, :validTo, :email)""")
                        .paramSource(unit).update();
            }
        }
        jdbc.sql("delete from org_unit_predecessor").update();
        for (UnitEntry unit : units) {
            for (String predecessor : unit.predecessorsOrEmpty()) {
                jdbc.sql("insert into org_unit_predecessor (unit_code, predecessor_code) values (?, ?)")
                        .params(unit.code(), predecessor).update();
            }
        }
    }

    Optional<String> storedHashOfCriteriaSet(String code) {
        return jdbc.sql("select content_hash from criteria_set where code = ?").param(code).query(String.class).optional();
    }

    boolean criteriaSetInUse(String code) {
        return jdbc.sql("select count(*) from par_cycle where criteria_set_code = ?").param(code)
                .query(Integer.class).single() > 0;
    }

    void replaceCriteriaSet(CriteriaSetFile set, String hash) {
        cache.forgetAll();
        jdbc.sql("delete from criterion where criteria_set_code = ?").param(set.code()).update();
        int updated = jdbc.sql("""
                update criteria_set set name = ?, decision = ?, sample = ?, sample_note = ?, total_points = ?,
                       survey_points = ?, content_hash = ? where code = ?""")
                .params(set.name(), set.decision(), set.sample(), set.sampleNote(), set.totalPoints(),
                        set.surveyPoints(), hash, set.code())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into criteria_set (code, name, decision, sample, sample_note, total_points, survey_points, content_hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(set.code(), set.name(), set.decision(), set.sample(), set.sampleNote(), set.totalPoints(),
                            set.surveyPoints(), hash)
                    .update();
        }
        List<Object[]> rows = new ArrayList<>();
        set.items().forEach(field -> flatten(field, null, 1, rows));
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = rows.get(i);
            jdbc.sql("""
                    insert into criterion (criteria_set_code, code, parent_code, depth, sort_order, name, max_points, leaf,
                                           scoring_method, self_scored, na_allowed, evidence, guidance)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(set.code(), row[0], row[1], row[2], i, row[3], row[4], row[5], row[6], row[7], row[8],
                            row[9], row[10])
                    .update();
        }
    }

    private static void flatten(ItemEntry item, String parent, int depth, List<Object[]> rows) {
        rows.add(new Object[] {item.code(), parent, depth, item.name(), item.maxPoints(), item.isLeaf(),
                item.scoringMethod(), item.selfScored(), item.naAllowed(), item.evidence(), item.guidance()});
        if (!item.isLeaf()) {
            item.children().forEach(child -> flatten(child, item.code(), depth + 1, rows));
        }
    }

    Optional<String> storedHashOfYear(int year) {
        return jdbc.sql("select content_hash from assessment_year where year = ?").param(year).query(String.class).optional();
    }

    boolean yearInUse(int year) {
        return jdbc.sql("select count(*) from par_cycle where year = ?").param(year).query(Integer.class).single() > 0;
    }

    void replaceYear(YearFile year, String hash) {
        cache.forgetAll();
        jdbc.sql("delete from responsibility where year = ?").param(year.year()).update();
        jdbc.sql("delete from assessment_year where year = ?").param(year.year()).update();
        var calendar = year.calendar();
        jdbc.sql("""
                insert into assessment_year (year, province, criteria_set_code, plan_participant_types, plan_due,
                    self_assessment_opens, unit_score_due, report_to_chairman_due, chairman_approval_due,
                    ministry_deadline, appraisal_due, explanation_due, results_due, content_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(year.year(), year.province(), year.criteriaSet(), String.join(",", year.planParticipants()),
                        calendar.planDue(), calendar.selfAssessmentOpens(), calendar.unitScoreDue(),
                        calendar.reportToChairmanDue(), calendar.chairmanApprovalDue(), calendar.ministryDeadline(),
                        calendar.appraisalDue(), calendar.explanationDue(), calendar.resultsDue(), hash)
                .update();
        var focal = year.duties() == null ? null : year.duties().focalOfficials();
        if (focal != null) {
            jdbc.sql("""
                    update assessment_year set focal_officials_due = ?, focal_official_units = ?,
                        focal_single_official_units = ?
                    where year = ?""")
                    .params(focal.due(), String.join(",", focal.units()), String.join(",", focal.singleOfficialOrEmpty()),
                            year.year()).update();
        }
        var survey = year.duties() == null ? null : year.duties().leadersSurvey();
        if (survey != null) {
            jdbc.sql("update assessment_year set leaders_survey_due = ?, leaders_survey_units = ? where year = ?")
                    .params(survey.due(), String.join(",", survey.units()), year.year()).update();
        }
        var cooperation = year.duties() == null ? null : year.duties().cooperatingInput();
        if (cooperation != null) {
            jdbc.sql("update assessment_year set cooperation_days_before = ? where year = ?")
                    .params(cooperation.workingDaysBeforeUnitScoreDue(), year.year()).update();
        }
        insertMatrix(year.year(), year.matrix());
    }

    /** A matrix loaded on its own: the year keeps its calendar, and points at the criteria set the matrix is for. */
    void replaceMatrix(int year, String criteriaSetCode, List<DataFiles.MatrixEntry> matrix) {
        cache.forgetAll();
        jdbc.sql("delete from responsibility where year = ?").param(year).update();
        jdbc.sql("update assessment_year set criteria_set_code = ? where year = ?").params(criteriaSetCode, year).update();
        insertMatrix(year, matrix);
    }

    private void insertMatrix(int year, List<DataFiles.MatrixEntry> matrix) {
        for (var entry : matrix) {
            jdbc.sql("insert into responsibility (year, item_code, lead_unit_code, cooperating_units) values (?, ?, ?, ?)")
                    .params(year, entry.item(), entry.lead(), String.join(",", entry.cooperatingOrEmpty()))
                    .update();
        }
    }

    void logImport(String kind, String target, String fileName, String sha256, int rows, String user,
                   java.time.OffsetDateTime at) {
        jdbc.sql("""
                insert into reference_import (kind, target, file_name, sha256, rows_stored, imported_by, imported_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(kind, target, fileName, sha256, rows, user, at)
                .update();
    }
}
