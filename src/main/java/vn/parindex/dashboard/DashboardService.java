package vn.parindex.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import vn.parindex.calendar.WorkingCalendar;
import vn.parindex.consolidation.ConsolidationService;
import vn.parindex.consolidation.FieldTotal;
import vn.parindex.cycle.Cycle;
import vn.parindex.cycle.CyclePhase;
import vn.parindex.cycle.CycleService;
import vn.parindex.cycle.UnitProgress;
import vn.parindex.cycle.UnitProgressService;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.review.ReviewService;
import vn.parindex.scoring.ItemScore;
import vn.parindex.scoring.ScoringService;

/** Builds the progress dashboard of a cycle from our tables: a few queries, whatever the number of units. */
@Service
@RequiredArgsConstructor
public class DashboardService {

    private final CycleService cycles;
    private final UnitProgressService progress;
    private final OrgDirectoryService orgDirectory;
    private final ConsolidationService consolidation;
    private final ScoringService scoring;
    private final ReviewService reviews;
    private final OpenTasks openTasks;
    private final WorkingCalendar calendar;
    private final ZoneId zone;
    private final Clock clock;

    /** The newest cycle of the year. */
    public Cycle cycleOf(int year) {
        return cycles.all().stream().filter(cycle -> cycle.year() == year).findFirst()
                .orElseThrow(() -> new DashboardNotFoundException("Chưa có kỳ đánh giá năm " + year + "."));
    }

    public CycleDashboard forYear(int year) {
        Cycle cycle = cycleOf(year);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, UnitProgress> plan = byUnit(cycle, CyclePhase.PLAN);
        Map<String, UnitProgress> scores = byUnit(cycle, CyclePhase.SCORING);
        Set<String> planUnits = new LinkedHashSet<>(cycles.planUnits(cycle.id()));
        Set<String> scoringUnits = new LinkedHashSet<>(cycles.scoringUnits(cycle.id()));
        Map<String, BigDecimal> scoreByUnit = scoring.latestScores(cycle.id()).stream()
                .collect(Collectors.groupingBy(ItemScore::unitCode,
                        Collectors.reducing(BigDecimal.ZERO, ItemScore::points, BigDecimal::add)));
        Map<String, BigDecimal> maxByUnit = maxPointsByUnit(cycle);

        Set<String> units = new LinkedHashSet<>(planUnits);
        units.addAll(scoringUnits);
        List<UnitRow> rows = new ArrayList<>();
        List<CycleDashboard.Overdue> overdue = new ArrayList<>();
        for (String unit : units.stream().sorted().toList()) {
            String name = orgDirectory.find(unit).map(found -> found.name()).orElse(unit);
            PhaseCell planCell = planUnits.contains(unit) ? cell(CyclePhase.PLAN, plan.get(unit), cycle.planDue(), now) : null;
            PhaseCell scoreCell = scoringUnits.contains(unit)
                    ? cell(CyclePhase.SCORING, scores.get(unit), cycle.unitScoreDue(), now) : null;
            rows.add(new UnitRow(unit, name, planCell, scoreCell, scoreByUnit.get(unit), maxByUnit.get(unit)));
            for (PhaseCell cell : new PhaseCell[] {planCell, scoreCell}) {
                if (cell != null && cell.state() == PhaseState.OVERDUE) {
                    overdue.add(new CycleDashboard.Overdue(unit, name, cell.phase() == CyclePhase.PLAN
                            ? "Kế hoạch triển khai" : "Tự chấm điểm", cell.workingDaysLate(), cell.detail()));
                }
            }
        }
        overdue.sort((a, b) -> Integer.compare(b.workingDaysLate(), a.workingDaysLate()));
        List<FieldTotal> fields = consolidation.compute(cycle.id());
        return new CycleDashboard(year, cycles.yearOf(cycle).province(), cycle.status().name(), cycle.processInstanceId(),
                cycle.planDue(), cycle.unitScoreDue(), now, rows, overdue, fields, consolidation.overall(fields),
                consolidation.overallMax(fields), counts(rows, UnitRow::plan), counts(rows, UnitRow::scoring));
    }

    public UnitDetail unit(int year, String unitCode) {
        CycleDashboard dashboard = forYear(year);
        UnitRow row = dashboard.units().stream().filter(found -> found.unitCode().equals(unitCode)).findFirst()
                .orElseThrow(() -> new DashboardNotFoundException("Đơn vị " + unitCode + " không tham gia kỳ đánh giá năm "
                        + year + "."));
        Cycle cycle = cycleOf(year);
        return new UnitDetail(year, row, openTasks.of(cycle.processInstanceId(), unitCode),
                reviews.history(cycle.id(), unitCode), cycle.processInstanceId());
    }

    private PhaseCell cell(CyclePhase phase, UnitProgress progress, OffsetDateTime due, OffsetDateTime now) {
        if (progress == null) {
            return late(phase, PhaseState.NOT_STARTED, "chưa bắt đầu", 0, null, due, now);
        }
        return switch (progress.status()) {
            case IN_PROGRESS -> late(phase, PhaseState.IN_PROGRESS, "đang soạn", progress.round(), progress.updatedAt(), due, now);
            case SUBMITTED -> late(phase, PhaseState.IN_PROGRESS, "chờ thủ trưởng ký duyệt", progress.round(),
                    progress.updatedAt(), due, now);
            case RETURNED -> late(phase, PhaseState.RETURNED, "bị trả lại, đang sửa", progress.round(), progress.updatedAt(),
                    due, now);
            case SIGNED_OFF -> new PhaseCell(phase, PhaseState.SUBMITTED, "chờ Sở Nội vụ xem xét", progress.round(), 0,
                    progress.updatedAt());
            case ACCEPTED -> new PhaseCell(phase, PhaseState.ACCEPTED, "đã được chấp nhận", progress.round(), 0,
                    progress.updatedAt());
        };
    }

    /** The unit still holds the work: overdue once the deadline has passed. */
    private PhaseCell late(CyclePhase phase, PhaseState state, String detail, int round, OffsetDateTime updatedAt,
                           OffsetDateTime due, OffsetDateTime now) {
        if (now.isAfter(due)) {
            int days = Math.max(1, calendar.workingDaysBetween(due.atZoneSameInstant(zone).toLocalDate(),
                    now.atZoneSameInstant(zone).toLocalDate()));
            return new PhaseCell(phase, PhaseState.OVERDUE, detail, round, days, updatedAt);
        }
        return new PhaseCell(phase, state, detail, round, 0, updatedAt);
    }

    private Map<String, UnitProgress> byUnit(Cycle cycle, CyclePhase phase) {
        return progress.of(cycle.id()).stream().filter(found -> found.phase() == phase)
                .collect(Collectors.toMap(UnitProgress::unitCode, Function.identity()));
    }

    private Map<String, BigDecimal> maxPointsByUnit(Cycle cycle) {
        Map<String, BigDecimal> max = new java.util.HashMap<>();
        for (String unit : cycles.scoringUnits(cycle.id())) {
            max.put(unit, scoring.sheet(cycle.id(), unit).stream().map(row -> row.maxPoints())
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        return max;
    }

    private static Map<PhaseState, Long> counts(List<UnitRow> rows, Function<UnitRow, PhaseCell> phase) {
        Map<PhaseState, Long> counts = new EnumMap<>(PhaseState.class);
        for (PhaseState state : PhaseState.values()) {
            counts.put(state, rows.stream().map(phase).filter(cell -> cell != null && cell.state() == state).count());
        }
        return counts;
    }
}
