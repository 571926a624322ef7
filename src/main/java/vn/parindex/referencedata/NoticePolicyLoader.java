package vn.parindex.referencedata;

import lombok.RequiredArgsConstructor;
import vn.parindex.common.ReferenceCache;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.common.StartupLoader;
import vn.parindex.common.ValidationException;

/**
 * Loads the reminder and escalation policies ({@code data/notice-policies/*.yaml}) at start: all validated before
 * anything is stored, unchanged files skipped. A changed policy applies to notices not yet planned.
 */
@Component
@Order(1)
@RequiredArgsConstructor
class NoticePolicyLoader implements StartupLoader {

    private static final Logger log = LoggerFactory.getLogger(NoticePolicyLoader.class);
    private static final Set<String> KINDS = Set.of("REMINDER", "ESCALATION");
    private static final Set<String> UNITS = Set.of("WORKING_DAYS", "MINUTES");
    private static final Set<String> AUDIENCES = Set.of("TASK_GROUPS", "UNIT_HEADS", "SNV_DIRECTOR", "CHAIRMAN_OFFICE");

    record PolicyFile(String code, String name, List<StepEntry> steps) {
    }

    record StepEntry(String code, String kind, Integer offset, String unit, String at, String audience) {
    }

    private final DataFileReader reader;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ReferenceCache cache;

    @Override
    @Transactional
    public void load() {
        var files = reader.readAll("data/notice-policies/*.yaml", PolicyFile.class);
        List<String> problems = new ArrayList<>();
        files.forEach(file -> problems.addAll(validate(file.fileName(), file.content())));
        ValidationException.throwIfAny(problems);
        files.forEach(file -> store(file.content(), file.hash()));
        log.info("Notice policies loaded: {}", files.stream().map(file -> file.content().code()).toList());
    }

    static List<String> validate(String fileName, PolicyFile policy) {
        List<String> problems = new ArrayList<>();
        if (policy.code() == null || !policy.code().matches("[a-z0-9-]{1,40}")) {
            problems.add(fileName + ": mã chính sách phải gồm chữ thường, số, dấu gạch ngang (tối đa 40 ký tự).");
        }
        if (policy.name() == null || policy.name().isBlank()) {
            problems.add(fileName + ": thiếu tên chính sách.");
        }
        if (policy.steps() == null || policy.steps().isEmpty()) {
            problems.add(fileName + ": chính sách phải có ít nhất một bước nhắc việc.");
            return problems;
        }
        Set<String> codes = new HashSet<>();
        int previousOffset = Integer.MIN_VALUE;
        for (int i = 0; i < policy.steps().size(); i++) {
            StepEntry step = policy.steps().get(i);
            String where = fileName + ", bước " + (i + 1) + ": ";
            if (step.code() == null || !codes.add(step.code())) {
                problems.add(where + "mã bước bị thiếu hoặc trùng.");
            }
            if (!KINDS.contains(step.kind())) {
                problems.add(where + "loại phải là REMINDER (nhắc trước hạn) hoặc ESCALATION (đôn đốc sau hạn).");
            }
            if (!UNITS.contains(step.unit())) {
                problems.add(where + "đơn vị thời gian phải là WORKING_DAYS hoặc MINUTES.");
            }
            if (!AUDIENCES.contains(step.audience())) {
                problems.add(where + "người nhận phải là một trong " + AUDIENCES + ".");
            }
            if (step.offset() == null) {
                problems.add(where + "thiếu độ lệch so với hạn (offset).");
                continue;
            }
            if ("REMINDER".equals(step.kind()) && step.offset() >= 0 || "ESCALATION".equals(step.kind()) && step.offset() <= 0) {
                problems.add(where + "nhắc việc phải trước hạn (offset âm), đôn đốc phải sau hạn (offset dương).");
            }
            if (step.offset() <= previousOffset) {
                problems.add(where + "các bước phải theo thứ tự thời gian tăng dần.");
            }
            previousOffset = step.offset();
            if ("WORKING_DAYS".equals(step.unit())) {
                try {
                    LocalTime.parse(step.at() == null ? "" : step.at());
                } catch (DateTimeParseException e) {
                    problems.add(where + "cần giờ gửi dạng HH:mm (at) khi tính theo ngày làm việc.");
                }
            }
        }
        return problems;
    }

    private void store(PolicyFile policy, String hash) {
        var stored = jdbc.sql("select file_hash from notice_policy where code = ?").param(policy.code())
                .query(String.class).optional();
        if (stored.filter(hash::equals).isPresent()) {
            return;
        }
        cache.forgetAll();
        jdbc.sql("delete from notice_policy_step where policy_code = ?").param(policy.code()).update();
        if (stored.isPresent()) {
            jdbc.sql("update notice_policy set name = ?, file_hash = ?, loaded_at = ? where code = ?")
                    .params(policy.name(), hash, OffsetDateTime.now(clock), policy.code()).update();
        } else {
            jdbc.sql("insert into notice_policy (code, name, file_hash, loaded_at) values (?, ?, ?, ?)")
                    .params(policy.code(), policy.name(), hash, OffsetDateTime.now(clock)).update();
        }
        for (int i = 0; i < policy.steps().size(); i++) {
            StepEntry step = policy.steps().get(i);
            jdbc.sql("""
                    insert into notice_policy_step (policy_code, position, step_code, kind, offset_amount, offset_unit,
                        at_time, audience) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(policy.code(), i, step.code(), step.kind(), step.offset(), step.unit(), step.at(),
                            step.audience()).update();
        }
    }
}
