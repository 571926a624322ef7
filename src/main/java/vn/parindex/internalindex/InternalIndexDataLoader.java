package vn.parindex.internalindex;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.common.StartupLoader;
import vn.parindex.common.ValidationException;
import vn.parindex.internalindex.InternalIndexFiles.CriteriaFile;
import vn.parindex.internalindex.InternalIndexFiles.Loaded;
import vn.parindex.internalindex.InternalIndexFiles.YearFile;

/**
 * Loads {@code data/internal-index/} at start: every file is validated before anything is stored, everything is
 * stored in one transaction, unchanged files (same SHA-256) are skipped, and data a period already uses is never
 * rewritten under it.
 */
@Component
@Order(3)
@RequiredArgsConstructor
public class InternalIndexDataLoader implements StartupLoader {

    private static final Logger log = LoggerFactory.getLogger(InternalIndexDataLoader.class);

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final JdbcClient jdbc;

    @Override
    @Transactional
    public void load() {
        List<Loaded<CriteriaFile>> sets = readAll("data/internal-index/criteria-*.yaml", CriteriaFile.class);
        List<Loaded<YearFile>> years = readAll("data/internal-index/year-*.yaml", YearFile.class);
        List<String> problems = new ArrayList<>();
        sets.forEach(set -> problems.addAll(InternalIndexDataValidator.validateCriteria(set.fileName(), set.content())));
        ValidationException.throwIfAny(problems);
        Map<String, CriteriaFile> byTypeAndYear = sets.stream().map(Loaded::content)
                .collect(Collectors.toMap(set -> set.unitType() + "-" + set.year(), set -> set));
        years.forEach(year -> problems.addAll(InternalIndexDataValidator.validateYear(year.fileName(), year.content(),
                byTypeAndYear)));
        ValidationException.throwIfAny(problems);

        OffsetDateTime now = OffsetDateTime.now();
        int stored = 0;
        for (Loaded<CriteriaFile> set : sets) {
            stored += storeCriteria(set, now) ? 1 : 0;
        }
        for (Loaded<YearFile> year : years) {
            stored += storeYear(year, now) ? 1 : 0;
        }
        log.info("Internal index data: {} criteria set(s), {} year(s), {} stored", sets.size(), years.size(), stored);
    }

    private boolean storeCriteria(Loaded<CriteriaFile> loaded, OffsetDateTime now) {
        CriteriaFile set = loaded.content();
        String hash = jdbc.sql("select file_hash from ii_criteria_set where code = ?").param(set.code())
                .query(String.class).optional().orElse(null);
        if (loaded.hash().equals(hash)) {
            return false;
        }
        if (hash != null && usedByPeriod(set.year())) {
            log.warn("{} changed but the {} internal index period uses it: kept as stored", loaded.fileName(), set.year());
            return false;
        }
        jdbc.sql("delete from ii_criterion where set_code = ?").param(set.code()).update();
        jdbc.sql("delete from ii_survey_question where set_code = ?").param(set.code()).update();
        jdbc.sql("delete from ii_criteria_set where code = ?").param(set.code()).update();
        jdbc.sql("insert into ii_criteria_set (code, year, unit_type, name, max_points, survey_points, file_hash, loaded_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(set.code(), set.year(), set.unitType().name(), set.name(), set.maxPoints(), set.surveyPoints(),
                        loaded.hash(), now).update();
        int position = 0;
        for (var item : set.criteria()) {
            jdbc.sql("insert into ii_criterion (set_code, code, position, name, max_points, guidance) values (?, ?, ?, ?, ?, ?)")
                    .params(set.code(), item.code(), ++position, item.name(), item.maxPoints(), item.guidance()).update();
        }
        position = 0;
        for (var question : set.survey() == null ? List.<InternalIndexFiles.QuestionEntry>of() : set.survey()) {
            jdbc.sql("insert into ii_survey_question (set_code, code, position, question_text, max_points) values (?, ?, ?, ?, ?)")
                    .params(set.code(), question.code(), ++position, question.text(), question.maxPoints()).update();
        }
        return true;
    }

    private boolean storeYear(Loaded<YearFile> loaded, OffsetDateTime now) {
        YearFile year = loaded.content();
        String hash = jdbc.sql("select file_hash from ii_year where year = ?").param(year.year())
                .query(String.class).optional().orElse(null);
        if (loaded.hash().equals(hash)) {
            return false;
        }
        if (hash != null && usedByPeriod(year.year())) {
            log.warn("{} changed but the {} internal index period uses it: kept as stored", loaded.fileName(), year.year());
            return false;
        }
        jdbc.sql("delete from ii_survey_weight where year = ?").param(year.year()).update();
        jdbc.sql("delete from ii_group_classification where year = ?").param(year.year()).update();
        jdbc.sql("delete from ii_unit_group where year = ?").param(year.year()).update();
        jdbc.sql("delete from ii_classification where year = ?").param(year.year()).update();
        jdbc.sql("delete from ii_year where year = ?").param(year.year()).update();
        var c = year.calendar();
        jdbc.sql("insert into ii_year (year, unit_types, self_score_due, appraisal_due, explanation_due, final_appraisal_due, "
                        + "survey_due, approval_due, file_hash, loaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(year.year(), year.unitTypes().stream().map(Enum::name).collect(Collectors.joining(",")),
                        c.selfScoreDue(), c.appraisalDue(), c.explanationDue(), c.finalAppraisalDue(), c.surveyDue(),
                        c.approvalDue(), loaded.hash(), now).update();
        jdbc.sql("update ii_year set survey_weights_assumption = ?, survey_weights_source = ? where year = ?")
                .params(year.surveyWeights().assumption(), year.surveyWeights().source(), year.year()).update();
        int position = 0;
        for (var option : year.surveyWeights().options()) {
            jdbc.sql("insert into ii_survey_weight (year, position, code, weight) values (?, ?, ?, ?)")
                    .params(year.year(), ++position, option.code(), option.weight()).update();
        }
        position = 0;
        for (var entry : year.classification()) {
            jdbc.sql("insert into ii_classification (year, position, code, name, min_index) values (?, ?, ?, ?, ?)")
                    .params(year.year(), ++position, entry.code(), entry.name(), entry.minIndex()).update();
        }
        int groupPosition = 0;
        for (var group : year.effectiveGroups()) {
            jdbc.sql("insert into ii_unit_group (year, unit_type, position, name) values (?, ?, ?, ?)")
                    .params(year.year(), group.unitType().name(), ++groupPosition, group.name()).update();
            position = 0;
            for (var entry : group.classification()) {
                jdbc.sql("insert into ii_group_classification (year, unit_type, position, code, name, min_index) "
                                + "values (?, ?, ?, ?, ?, ?)")
                        .params(year.year(), group.unitType().name(), ++position, entry.code(), entry.name(),
                                entry.minIndex()).update();
            }
        }
        return true;
    }

    private boolean usedByPeriod(int year) {
        return jdbc.sql("select count(*) from ii_period where year = ?").param(year).query(Integer.class).single() > 0;
    }

    private <T> List<Loaded<T>> readAll(String pattern, Class<T> type) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:" + pattern);
            Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
            List<Loaded<T>> loaded = new ArrayList<>();
            Map<String, Boolean> seen = new HashMap<>();
            for (Resource resource : resources) {
                if (seen.put(resource.getFilename(), true) != null) {
                    continue;
                }
                try (InputStream in = resource.getInputStream()) {
                    byte[] bytes = in.readAllBytes();
                    loaded.add(new Loaded<>(resource.getFilename(), sha256(bytes), yaml.readValue(bytes, type)));
                } catch (IOException e) {
                    throw new ValidationException("Tệp dữ liệu " + resource.getFilename() + " không đúng định dạng: "
                            + e.getMessage());
                }
            }
            return loaded;
        } catch (IOException e) {
            throw new IllegalStateException("Không đọc được thư mục dữ liệu " + pattern, e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
