package vn.parindex.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.calendar.WorkingCalendar;
import vn.parindex.common.TransactionMemo;
import vn.parindex.consolidation.ConsolidationService;
import vn.parindex.consolidation.FieldTotal;
import vn.parindex.criteria.Assignment;
import vn.parindex.criteria.CriteriaService;
import vn.parindex.cycle.Cycle;
import vn.parindex.cycle.CyclePhase;
import vn.parindex.cycle.CycleService;
import vn.parindex.cycle.UnitProgress;
import vn.parindex.cycle.UnitProgressService;
import vn.parindex.leaderssurvey.LeadersSurveyOverview;
import vn.parindex.leaderssurvey.LeadersSurveyService;
import vn.parindex.referencedata.CriteriaSetNotes;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.orgdirectory.OrgUnit;
import vn.parindex.review.ReviewDecision;
import vn.parindex.review.ReviewService;
import vn.parindex.scoring.ItemScore;
import vn.parindex.scoring.ScoringService;
import vn.parindex.workflow.PeopleDirectory;

/**
 * Builds the progress dashboard of a cycle from our tables: a few queries, whatever the number of units. Each page is
 * one read-only transaction, so what several parts read (the cycle, the year, the criteria tree, the responsibility
 * matrix) is read once ({@link vn.parindex.common.TransactionMemo}); outside a transaction every unit's row read them
 * again (4-6 s for the 2026 province, issue 15). The drill-down reads only its unit (not the whole matrix and the
 * consolidation), the working days late are counted once per due date, and the cycle's latest scores are read once
 * for the rows and the field totals (bench {@code DashboardLoad} prints the time and statements per request).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class DashboardService {

    /** The dashboard's name of the leaders' e-survey (seed 003 item 2.b). */
    static final String LEADERS_SURVEY = "Lãnh đạo trả lời phiếu khảo sát điện tử";

    private final CycleService cycles;
    private final UnitProgressService progress;
    private final OrgDirectoryService orgDirectory;
    private final ConsolidationService consolidation;
    private final ScoringService scoring;
    private final ReviewService reviews;
    private final CriteriaService criteria;
    private final OpenTasks openTasks;
    private final PeopleDirectory people;
    private final WorkingCalendar calendar;
    private final CriteriaSetNotes criteriaSetNotes;
    private final LeadersSurveyService leadersSurvey;
    private final ZoneId zone;
    private final Clock clock;

    /** The newest cycle of the year (open or closed), if the year has one. */
    public Optional<Cycle> findCycle(int year) {
        return cycles.all().stream().filter(cycle -> cycle.year() == year).findFirst();
    }

    /** The newest cycle of the year. */
    public Cycle cycleOf(int year) {
        return findCycle(year).orElseThrow(() -> new DashboardNotFoundException("Chưa có kỳ đánh giá năm " + year + "."));
    }

    public CycleDashboard forYear(int year) {
        return forCycle(cycleOf(year));
    }

    public CycleDashboard forCycle(Cycle cycle) {
        int year = cycle.year();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Progress progress = progressOf(cycle);
        List<ItemScore> latestScores = scoring.latestScores(cycle.id());
        Map<String, BigDecimal> scoreByUnit = latestScores.stream()
                .collect(Collectors.groupingBy(ItemScore::unitCode,
                        Collectors.reducing(BigDecimal.ZERO, ItemScore::points, BigDecimal::add)));
        Map<String, BigDecimal> maxByUnit = maxPointsByUnit(cycle);
        Map<String, String> names = orgDirectory.all().stream().collect(Collectors.toMap(OrgUnit::code, OrgUnit::name));

        List<UnitRow> rows = new ArrayList<>();
        List<CycleDashboard.Overdue> overdue = new ArrayList<>();
        for (String unit : progress.units()) {
            UnitRow row = progress.row(unit, names.getOrDefault(unit, unit), scoreByUnit.get(unit), maxByUnit.get(unit), now);
            rows.add(row);
            for (PhaseCell cell : new PhaseCell[] {row.plan(), row.scoring()}) {
                if (cell != null && cell.state() == PhaseState.OVERDUE) {
                    overdue.add(new CycleDashboard.Overdue(unit, row.unitName(), cell.phase() == CyclePhase.PLAN
                            ? "Kế hoạch triển khai" : "Tự chấm điểm", cell.workingDaysLate(), cell.detail()));
                }
            }
        }
        LeadersSurveyOverview survey = leadersSurvey.overview(cycle.id(), year, unit -> names.getOrDefault(unit, unit));
        if (survey.overdue(now)) {
            // a unit whose leaders have not all answered by the year's date is late like any other task
            int daysLate = workingDaysLate(survey.due(), now);
            survey.units().stream().filter(unit -> !unit.complete()).forEach(unit -> overdue.add(new CycleDashboard.Overdue(
                    unit.unitCode(), unit.unitName(), LEADERS_SURVEY, daysLate, unit.stateLabel())));
        }
        overdue.sort((a, b) -> Integer.compare(b.workingDaysLate(), a.workingDaysLate()));
        List<FieldTotal> fields = consolidation.compute(cycle.id(), latestScores);
        return new CycleDashboard(year, cycles.yearOf(cycle).province(), cycle.status().name(), cycle.processInstanceId(),
                cycle.planDue(), cycle.unitScoreDue(), now, rows, overdue, fields, consolidation.overall(fields),
                consolidation.overallMax(fields), counts(rows, UnitRow::plan), counts(rows, UnitRow::scoring),
                cycle.selfAssessmentOpenedAt() != null, criteriaSetNotes.sampleLabel(cycle.criteriaSetCode()).orElse(null),
                survey);
    }

    /**
     * One unit's row, open tasks and history. Only this unit's figures are read (its scores, its items' maxima, its
     * open tasks in one engine query), not the whole dashboard's.
     */
    public UnitDetail unit(int year, String unitCode) {
        Cycle cycle = cycleOf(year);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Progress progress = progressOf(cycle);
        String name = orgDirectory.find(unitCode).map(OrgUnit::name).orElse(unitCode);
        LeadersSurveyOverview survey = leadersSurvey.overview(cycle.id(), year, unit -> name);
        LeadersSurveyOverview.UnitSurvey unitSurvey = survey.of(unitCode);
        // a unit asked only for its leaders' e-survey (Cục Thuế tỉnh in 2023) plans and scores nothing but has a page
        if (!progress.units().contains(unitCode) && unitSurvey == null) {
            throw new DashboardNotFoundException("Đơn vị " + name + " không tham gia kỳ đánh giá năm " + year + ".");
        }
        BigDecimal score = scoring.scoresOf(cycle.id(), unitCode).stream().map(ItemScore::points)
                .reduce(BigDecimal::add).orElse(null);
        BigDecimal max = criteria.assignmentsOf(cycle.year(), unitCode).stream()
                .map(assignment -> assignment.item().maxPoints()).reduce(BigDecimal::add).orElse(null);
        UnitRow row = progress.row(unitCode, name, score, max, now);
        List<OpenTasks.OpenTask> open = openTasks.of(cycle.processInstanceId(), unitCode).stream()
                .map(task -> task.late(task.due() == null ? 0 : workingDaysLate(task.due(), now))).toList();
        List<ReviewDecision> history = reviews.history(cycle.id(), unitCode).stream()
                .map(decision -> new ReviewDecision(decision.id(), decision.cycleId(), decision.unitCode(), decision.step(),
                        decision.round(), decision.decision(), decision.comment(), people.userName(decision.decidedBy()),
                        decision.decidedAt(), decision.taskId()))
                .toList();
        return new UnitDetail(year, row, open, history, cycle.processInstanceId(), unitSurvey, survey.due(),
                unitSurvey == null ? null : people.userName(unitSurvey.reportedBy()));
    }

    private Progress progressOf(Cycle cycle) {
        Map<CyclePhase, Map<String, UnitProgress>> byPhase = new EnumMap<>(CyclePhase.class);
        for (UnitProgress found : progress.of(cycle.id())) {
            byPhase.computeIfAbsent(found.phase(), phase -> new java.util.HashMap<>()).put(found.unitCode(), found);
        }
        return new Progress(cycle, new LinkedHashSet<>(cycles.planUnits(cycle.id())),
                new LinkedHashSet<>(cycles.scoringUnits(cycle.id())), byPhase);
    }

    /** Who takes part in which phase, and where each unit stands: what a row is made of. */
    private final class Progress {
        private final Cycle cycle;
        private final Set<String> planUnits;
        private final Set<String> scoringUnits;
        private final Map<CyclePhase, Map<String, UnitProgress>> byPhase;

        private Progress(Cycle cycle, Set<String> planUnits, Set<String> scoringUnits,
                         Map<CyclePhase, Map<String, UnitProgress>> byPhase) {
            this.cycle = cycle;
            this.planUnits = planUnits;
            this.scoringUnits = scoringUnits;
            this.byPhase = byPhase;
        }

        /** Every unit of the cycle, sorted by code. */
        List<String> units() {
            Set<String> units = new java.util.TreeSet<>(planUnits);
            units.addAll(scoringUnits);
            return List.copyOf(units);
        }

        UnitRow row(String unit, String name, BigDecimal score, BigDecimal max, OffsetDateTime now) {
            PhaseCell planCell = planUnits.contains(unit)
                    ? cell(CyclePhase.PLAN, of(CyclePhase.PLAN, unit), cycle.planDue(), now) : null;
            PhaseCell scoreCell = scoringUnits.contains(unit)
                    ? cell(CyclePhase.SCORING, of(CyclePhase.SCORING, unit), cycle.unitScoreDue(), now) : null;
            return new UnitRow(unit, name, planCell, scoreCell, score, max);
        }

        private UnitProgress of(CyclePhase phase, String unit) {
            return byPhase.getOrDefault(phase, Map.of()).get(unit);
        }
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
            return new PhaseCell(phase, PhaseState.OVERDUE, detail, round, workingDaysLate(due, now), updatedAt);
        }
        return new PhaseCell(phase, state, detail, round, 0, updatedAt);
    }

    /** Working days past the due date, at least 1 once it has passed; 0 before. */
    private int workingDaysLate(OffsetDateTime due, OffsetDateTime now) {
        if (!now.isAfter(due)) {
            return 0;
        }
        LocalDate from = due.atZoneSameInstant(zone).toLocalDate();
        LocalDate to = now.atZoneSameInstant(zone).toLocalDate();
        // every unit of a phase shares the phase's due date: count the days once per page, not once per unit
        return Math.max(1, TransactionMemo.get("dashboard.workingDaysBetween", List.of(from, to),
                () -> calendar.workingDaysBetween(from, to)));
    }

    /** The maximum of each scoring unit: the sum over the self-scored items the year's matrix gives it. */
    private Map<String, BigDecimal> maxPointsByUnit(Cycle cycle) {
        return criteria.assignments(cycle.year()).stream().collect(Collectors.groupingBy(Assignment::leadUnitCode,
                Collectors.reducing(BigDecimal.ZERO, assignment -> assignment.item().maxPoints(), BigDecimal::add)));
    }

    private static Map<PhaseState, Long> counts(List<UnitRow> rows, Function<UnitRow, PhaseCell> phase) {
        Map<PhaseState, Long> counts = new EnumMap<>(PhaseState.class);
        for (PhaseState state : PhaseState.values()) {
            counts.put(state, rows.stream().map(phase).filter(cell -> cell != null && cell.state() == state).count());
        }
        return counts;
    }
}
