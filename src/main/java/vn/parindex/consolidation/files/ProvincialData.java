package vn.parindex.consolidation.files;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import vn.parindex.calendar.WorkingCalendar;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.consolidation.ConsolidationService;
import vn.parindex.consolidation.FieldTotal;
import vn.parindex.consolidation.ProvincialReport;
import vn.parindex.criteria.Assignment;
import vn.parindex.criteria.CriteriaService;
import vn.parindex.criteria.Criterion;
import vn.parindex.cycle.Cycle;
import vn.parindex.cycle.CyclePhase;
import vn.parindex.cycle.CycleService;
import vn.parindex.cycle.UnitProgress;
import vn.parindex.cycle.UnitProgressService;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.orgdirectory.OrgUnit;
import vn.parindex.review.ReviewDecision;
import vn.parindex.review.ReviewService;
import vn.parindex.review.ReviewStep;
import vn.parindex.scoring.ItemScore;
import vn.parindex.scoring.ScoringService;
import vn.parindex.office.word.Issue;
import vn.parindex.office.word.Letterhead;
import vn.parindex.office.word.OfficialLetterheads;
import vn.parindex.referencedata.CriteriaSetNotes;
import vn.parindex.workflow.Decision;
import vn.parindex.orgdirectory.Signers;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads what the provincial outputs show from our tables, for one cycle, as they are now. */
@Service
@RequiredArgsConstructor
class ProvincialData {

    private final CycleService cycles;
    private final CriteriaService criteria;
    private final ScoringService scoring;
    private final ConsolidationService consolidation;
    private final UnitProgressService progress;
    private final ReviewService reviews;
    private final OrgDirectoryService orgDirectory;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final ZoneId zone;
    private final OfficialLetterheads letterheads;
    private final CriteriaSetNotes criteriaSetNotes;
    private final Signers signers;
    private final JdbcClient jdbc;

    /** The self-assessment report's letterhead: in force on its recorded date, else of the assessed year. */
    Letterhead letterhead(Cycle cycle, Issue issue) {
        return letterheads.of("selfAssessmentReport", province(cycle), cycle.year(), issue.date());
    }

    /**
     * The number and date recorded by the submission task, and who approved the report (the Chairman's task); blanks
     * until then. Read from the submission's table: the submission feature itself builds on this one.
     */
    Issue issue(Cycle cycle) {
        Issue issue = jdbc.sql("select report_number, report_date from ministry_submission where cycle_id = ?")
                .param(cycle.id())
                .query((rs, n) -> new Issue(rs.getString("report_number"), rs.getObject("report_date", LocalDate.class),
                        null, LocalDate.now(clock).getYear()))
                .optional().orElse(Issue.draft(LocalDate.now(clock).getYear()));
        return reviews.history(cycle.id()).stream()
                .filter(decision -> decision.step() == ReviewStep.CHAIRMAN_APPROVAL && decision.decision() == Decision.APPROVE)
                .reduce((first, last) -> last)
                .map(approval -> signers.signed(issue, approval.decidedBy()))
                .orElse(issue);
    }

    /** "Bộ tiêu chí mẫu: …" when the cycle's criteria set is a sample, else null. */
    String sampleNote(String criteriaSetCode) {
        return criteriaSetNotes.sampleNote(criteriaSetCode).orElse(null);
    }

    String province(Cycle cycle) {
        return cycles.yearOf(cycle).province();
    }

    /** Every field, criterion and item with its max; items with the latest self score; fields with their subtotal. */
    AppendixSheet appendix(Cycle cycle) {
        List<Criterion> items = criteria.items(cycle.criteriaSetCode());
        Map<String, ItemScore> scores = scoring.latestScores(cycle.id()).stream()
                .collect(Collectors.toMap(ItemScore::criterionCode, Function.identity()));
        Map<String, Assignment> assignments = criteria.assignments(cycle.year()).stream()
                .collect(Collectors.toMap(a -> a.item().code(), Function.identity()));
        Map<String, UnitProgress> scoringProgress = progressOf(cycle, CyclePhase.SCORING);
        List<FieldTotal> totals = consolidation.compute(cycle.id());
        Map<String, FieldTotal> totalsByField = totals.stream()
                .collect(Collectors.toMap(FieldTotal::fieldCode, Function.identity()));
        Map<String, String> unitNames = unitNames();

        List<AppendixLine> lines = new ArrayList<>();
        for (Criterion item : items) {
            if (item.isField()) {
                FieldTotal total = totalsByField.get(item.code());
                lines.add(new AppendixLine(AppendixLine.Kind.FIELD, item.code(), item.name(), item.maxPoints(),
                        total == null ? BigDecimal.ZERO : total.selfScore(), false, null, null, null,
                        "Cộng lĩnh vực " + item.code()));
            } else if (!item.leaf()) {
                lines.add(new AppendixLine(AppendixLine.Kind.CRITERION, item.code(), item.name(), item.maxPoints(), null,
                        false, null, null, null, null));
            } else if (!item.isSelfScoredLeaf()) {
                lines.add(new AppendixLine(AppendixLine.Kind.ITEM, item.code(), item.name(), item.maxPoints(), null,
                        false, null, null, "Bộ Nội vụ", "Điều tra xã hội học"));
            } else {
                Assignment assignment = assignments.get(item.code());
                ItemScore score = scores.get(item.code());
                String lead = assignment == null ? null : assignment.leadUnitCode();
                lines.add(new AppendixLine(AppendixLine.Kind.ITEM, item.code(), item.name(), item.maxPoints(),
                        score == null || score.notApplicable() ? null : score.score(),
                        score != null && score.notApplicable(), score == null ? null : score.evidenceRef(),
                        score == null ? null : score.explanation(), responsible(assignment, unitNames),
                        StatusLabels.scoring(lead == null ? null : scoringProgress.get(lead), score != null)));
            }
        }
        BigDecimal setTotal = items.stream().filter(Criterion::isField).map(Criterion::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        lines.add(new AppendixLine(AppendixLine.Kind.TOTAL, "", "Tổng cộng (điểm tự đánh giá trên "
                + VietnameseFormat.points(consolidation.overallMax(totals)) + " điểm tự chấm)", setTotal,
                consolidation.overall(totals), false, null, null, null, null));
        return new AppendixSheet("Phụ lục", "PHỤ LỤC: BẢNG ĐIỂM TỰ ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM " + cycle.year(),
                province(cycle) + " · Bộ tiêu chí " + cycle.criteriaSetCode()
                        + (sampleNote(cycle.criteriaSetCode()) == null ? "" : " (Bộ tiêu chí mẫu)") + " · Số liệu lúc "
                        + VietnameseFormat.dateTime(OffsetDateTime.now(clock), zone), lines);
    }

    ReportContent report(Cycle cycle) {
        List<FieldTotal> totals = consolidation.compute(cycle.id());
        Optional<ProvincialReport> draft = consolidation.latestReport(cycle.id());
        Map<String, String> unitNames = unitNames();
        BigDecimal setTotal = criteria.fields(cycle.criteriaSetCode()).stream().map(Criterion::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, Criterion> items = criteria.items(cycle.criteriaSetCode()).stream()
                .collect(Collectors.toMap(Criterion::code, Function.identity()));
        List<ReportContent.ExplainedItem> withoutEvidence = scoring.latestScores(cycle.id()).stream()
                .filter(score -> score.evidenceRef() == null || score.evidenceRef().isBlank())
                .sorted(Comparator.comparing(ItemScore::criterionCode, vn.parindex.referencedata.OfficialTables::compareCodes))
                .map(score -> new ReportContent.ExplainedItem(score.criterionCode(),
                        items.containsKey(score.criterionCode()) ? items.get(score.criterionCode()).name() : "",
                        unitNames.getOrDefault(score.unitCode(), score.unitCode()),
                        score.notApplicable() ? "Không áp dụng" : VietnameseFormat.points(score.score()),
                        score.explanation()))
                .toList();
        BigDecimal overallMax = consolidation.overallMax(totals);
        return new ReportContent(province(cycle), cycle.year(), draft.map(ProvincialReport::summary).orElse(null),
                totals.stream().map(total -> new ReportContent.FieldLine(total.fieldCode(), total.fieldName(),
                        total.maxPoints(), total.selfScore())).toList(),
                consolidation.overall(totals), overallMax, setTotal.subtract(overallMax), withoutEvidence,
                draft.map(ProvincialReport::difficulties).orElse(null),
                draft.map(ProvincialReport::recommendations).orElse(null),
                draft.map(report -> "Theo dự thảo báo cáo phiên bản " + report.version() + " do " + report.preparedBy()
                        + " lập lúc " + VietnameseFormat.dateTime(report.preparedAt(), zone) + "; số liệu lúc "
                        + VietnameseFormat.dateTime(OffsetDateTime.now(clock), zone) + ".")
                        .orElse("Sở Nội vụ chưa lập dự thảo báo cáo; số liệu lúc "
                                + VietnameseFormat.dateTime(OffsetDateTime.now(clock), zone) + "."),
                sampleNote(cycle.criteriaSetCode()));
    }

    /** Per unit and phase: due date, first submission, status, acceptance, working days late. */
    List<ProgressLine> progress(Cycle cycle) {
        Map<String, String> unitNames = unitNames();
        List<ReviewDecision> history = reviews.history(cycle.id());
        List<ProgressLine> lines = new ArrayList<>();
        for (CyclePhase phase : CyclePhase.values()) {
            OffsetDateTime due = phase == CyclePhase.PLAN ? cycle.planDue() : cycle.unitScoreDue();
            ReviewStep submitted = phase == CyclePhase.PLAN ? ReviewStep.PLAN_SUBMITTED : ReviewStep.SCORES_SUBMITTED;
            ReviewStep review = phase == CyclePhase.PLAN ? ReviewStep.PLAN_REVIEW : ReviewStep.SCORES_REVIEW;
            Map<String, UnitProgress> byUnit = progressOf(cycle, phase);
            List<String> units = phase == CyclePhase.PLAN ? cycles.planUnits(cycle.id()) : cycles.scoringUnits(cycle.id());
            for (String unit : units) {
                List<ReviewDecision> unitHistory = history.stream().filter(d -> unit.equals(d.unitCode())).toList();
                Optional<OffsetDateTime> first = unitHistory.stream().filter(d -> d.step() == submitted)
                        .map(ReviewDecision::decidedAt).min(Comparator.naturalOrder());
                Optional<OffsetDateTime> accepted = unitHistory.stream()
                        .filter(d -> d.step() == review && d.decision() == Decision.APPROVE)
                        .map(ReviewDecision::decidedAt).max(Comparator.naturalOrder());
                OffsetDateTime until = first.orElse(OffsetDateTime.now(clock));
                int late = until.isAfter(due) ? Math.max(0, calendar.workingDaysBetween(day(due), day(until))) : 0;
                String note = first.isPresent() ? (first.get().isAfter(due) ? "Nộp trễ hạn" : "Nộp đúng hạn")
                        : until.isAfter(due) ? "Quá hạn, chưa nộp" : "Chưa đến hạn";
                UnitProgress unitProgress = byUnit.get(unit);
                lines.add(new ProgressLine(unit, unitNames.getOrDefault(unit, unit), StatusLabels.phase(phase),
                        VietnameseFormat.dateTime(due, zone), first.map(at -> VietnameseFormat.dateTime(at, zone)).orElse(""),
                        (int) unitHistory.stream().filter(d -> d.step() == submitted).count(),
                        StatusLabels.unit(unitProgress), accepted.map(at -> VietnameseFormat.dateTime(at, zone)).orElse(""),
                        late, note));
            }
        }
        return lines;
    }

    private Map<String, UnitProgress> progressOf(Cycle cycle, CyclePhase phase) {
        return progress.of(cycle.id()).stream().filter(p -> p.phase() == phase)
                .collect(Collectors.toMap(UnitProgress::unitCode, Function.identity()));
    }

    private Map<String, String> unitNames() {
        return orgDirectory.all().stream().collect(Collectors.toMap(OrgUnit::code, OrgUnit::name));
    }

    private static String responsible(Assignment assignment, Map<String, String> unitNames) {
        if (assignment == null) {
            return null;
        }
        String lead = unitNames.getOrDefault(assignment.leadUnitCode(), assignment.leadUnitCode());
        return assignment.cooperatingUnitCodes().isEmpty() ? lead
                : lead + " (phối hợp: " + assignment.cooperatingUnitCodes().stream()
                        .map(code -> unitNames.getOrDefault(code, code)).collect(Collectors.joining(", ")) + ")";
    }

    private LocalDate day(OffsetDateTime instant) {
        return instant.atZoneSameInstant(zone).toLocalDate();
    }
}
