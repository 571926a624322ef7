package vn.parindex.cooperation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.calendar.WorkingCalendar;
import vn.parindex.common.FormInput;
import vn.parindex.common.ParProperties;
import vn.parindex.common.ValidationException;
import vn.parindex.criteria.Assignment;
import vn.parindex.criteria.CriteriaService;
import vn.parindex.cycle.Cycle;
import vn.parindex.cycle.CycleService;
import vn.parindex.orgdirectory.OrgDirectoryService;

/**
 * The cooperating units' input (seed 003 item 2.a: "phối hợp chặt chẽ với các Sở, ngành phụ trách ... để cung cấp tài
 * liệu kiểm chứng đầy đủ, chính xác"): in a year whose data asks it, every unit the year's matrix names as
 * cooperating on a lead unit's items sends that lead unit its input, a number of working days (data) before the lead
 * unit's self-score is due, so the lead unit scores with it.
 */
@Service
@RequiredArgsConstructor
public class CooperationService {

    private final JdbcClient jdbc;
    private final CycleService cycles;
    private final CriteriaService criteria;
    private final OrgDirectoryService orgDirectory;
    private final WorkingCalendar calendar;
    private final ParProperties properties;
    private final ZoneId zone;
    private final Clock clock;

    /** The cooperating units of the year's matrix, in the order of their first item; none when not asked. */
    public List<String> units(long cycleId) {
        Cycle cycle = cycles.get(cycleId);
        if (daysBefore(cycle.year()) == null) {
            return List.of();
        }
        return criteria.assignments(cycle.year()).stream()
                .flatMap(assignment -> assignment.cooperatingUnitCodes().stream()
                        .filter(unit -> !unit.equals(assignment.leadUnitCode())))
                .distinct().toList();
    }

    /** The lead units the unit cooperates with and their items, in criteria order. */
    public List<CooperationRequest> requestsOf(long cycleId, String unitCode) {
        Map<String, List<String>> byLead = new LinkedHashMap<>();
        for (Assignment assignment : criteria.assignments(cycles.get(cycleId).year())) {
            if (assignment.cooperatingUnitCodes().contains(unitCode) && !assignment.leadUnitCode().equals(unitCode)) {
                byLead.computeIfAbsent(assignment.leadUnitCode(), lead -> new ArrayList<>()).add(assignment.item().code());
            }
        }
        return byLead.entrySet().stream().map(entry -> new CooperationRequest(entry.getKey(),
                orgDirectory.get(entry.getKey()).name(), List.copyOf(entry.getValue()))).toList();
    }

    /** The year's number of working days before the cycle's self-score due date, at the deadline time of day. */
    public OffsetDateTime due(long cycleId) {
        Cycle cycle = cycles.get(cycleId);
        Integer days = daysBefore(cycle.year());
        if (days == null) {
            throw new IllegalStateException("Năm đánh giá không yêu cầu đơn vị phối hợp gửi ý kiến.");
        }
        return calendar.workingDaysBefore(cycle.unitScoreDue().atZoneSameInstant(zone).toLocalDate(), days,
                properties.deadlineTime());
    }

    public List<CooperationInput> of(long cycleId, String unitCode) {
        return jdbc.sql("""
                select unit_code, lead_unit_code, item_codes, content, evidence_ref, recorded_by, recorded_at
                from cooperation_input where cycle_id = ? and unit_code = ? order by id""")
                .params(cycleId, unitCode).query(CooperationInput.class).list();
    }

    /** What the lead unit received from its cooperating units, for its self-scoring. */
    public List<CooperationInput> receivedBy(long cycleId, String leadUnitCode) {
        return jdbc.sql("""
                select unit_code, lead_unit_code, item_codes, content, evidence_ref, recorded_by, recorded_at
                from cooperation_input where cycle_id = ? and lead_unit_code = ? order by id""")
                .params(cycleId, leadUnitCode).query(CooperationInput.class).list();
    }

    /**
     * Stores the unit's input, one row per lead unit it cooperates with, replacing what it sent before. Every lead
     * unit gets a content; refused in Vietnamese with nothing stored.
     */
    @Transactional
    public List<CooperationInput> submit(long cycleId, String unitCode, List<Map<String, Object>> rows, String user) {
        List<CooperationRequest> requests = requestsOf(cycleId, unitCode);
        if (!units(cycleId).contains(unitCode) || requests.isEmpty()) {
            throw new ValidationException("Đơn vị không phối hợp tiêu chí nào trong năm đánh giá.");
        }
        List<String> problems = new ArrayList<>();
        List<Object[]> stored = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (CooperationRequest request : requests) {
            Map<String, Object> row = rows.stream()
                    .filter(candidate -> Objects.equals(FormInput.text(candidate.get("leadUnitCode")), request.leadUnitCode()))
                    .findFirst().orElse(Map.of());
            String where = request.leadUnitName() + " (tiêu chí " + String.join(", ", request.itemCodes()) + "): ";
            List<String> rowProblems = new ArrayList<>();
            String content = FormInput.requiredText(row.get("content"), "nội dung phối hợp, số liệu", 4000, rowProblems);
            String evidence = FormInput.optionalText(row.get("evidenceRef"), "tài liệu kiểm chứng", 500, rowProblems);
            rowProblems.forEach(problem -> problems.add(where + problem));
            stored.add(new Object[] {cycleId, unitCode, String.join(",", request.itemCodes()), request.leadUnitCode(),
                    content, evidence == null || evidence.isBlank() ? null : evidence, user, now});
        }
        ValidationException.throwIfAny(problems);
        jdbc.sql("delete from cooperation_input where cycle_id = ? and unit_code = ?").params(cycleId, unitCode).update();
        for (Object[] row : stored) {
            jdbc.sql("""
                    insert into cooperation_input (cycle_id, unit_code, item_codes, lead_unit_code, content,
                        evidence_ref, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""").params(row).update();
        }
        return of(cycleId, unitCode);
    }

    private Integer daysBefore(int year) {
        return jdbc.sql("select cooperation_days_before from assessment_year where year = ?").param(year)
                .query(Integer.class).optional().orElse(null);
    }
}
