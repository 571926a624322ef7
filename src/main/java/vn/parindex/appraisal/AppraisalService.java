package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.parindex.calendar.AssessmentYear;
import vn.parindex.calendar.WorkingCalendar;
import vn.parindex.common.FormInput;
import vn.parindex.common.ParProperties;
import vn.parindex.common.ValidationException;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.criteria.Criterion;
import vn.parindex.cycle.Cycle;
import vn.parindex.cycle.CycleService;
import vn.parindex.evidence.EvidenceService;
import vn.parindex.results.MinistryResult;
import vn.parindex.results.MinistryResultService;
import vn.parindex.review.ReviewService;
import vn.parindex.review.ReviewStep;
import vn.parindex.scoring.ItemScore;
import vn.parindex.scoring.ScoringService;
import vn.parindex.workflow.Decision;

/**
 * The stage after the submission: its due dates, the Ministry's appraisal (the appraised scores are a results entry,
 * {@link MinistryResultService}), the items each unit lost in it, and the published results (a later entry).
 */
@Service
@RequiredArgsConstructor
public class AppraisalService {

    public static final String NOTICE_REF = "appraisalNoticeRef";
    public static final String RECEIVED_ON = "appraisalReceivedOn";
    public static final String EXPLANATION_DUE = "explanationDue";
    public static final String RESULTS_ENTERED = "resultsEntered";
    /**
     * The province's own rhythm before the Ministry's explanation deadline, in working days (an assumption: no seed
     * gives it): the units explain 4 working days before it, Sở Nội vụ submits its report 2 before, the Chairman
     * approves 1 before.
     */
    static final int UNITS_BEFORE = 4;
    static final int CONSOLIDATION_BEFORE = 2;
    static final int APPROVAL_BEFORE = 1;

    private final JdbcClient jdbc;
    private final CycleService cycles;
    private final MinistryResultService results;
    private final ScoringService scoring;
    private final EvidenceService evidence;
    private final ReviewService reviews;
    private final WorkingCalendar workingDays;
    private final ParProperties properties;
    private final Clock clock;

    /**
     * Opens the stage once the report went to the Ministry: the due dates of the appraisal, the explanation and the
     * published results from the year's data; a year whose data gives none waits 6, 8 and 12 weeks after the
     * Ministry's deadline for the report (on a working day). Opening twice keeps the first.
     */
    public AppraisalStage open(long cycleId) {
        Optional<AppraisalStage> existing = find(cycleId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Cycle cycle = cycles.get(cycleId);
        AssessmentYear year = cycles.yearOf(cycle);
        LocalDate submitted = cycle.ministryDeadline().atZoneSameInstant(properties.timeZone()).toLocalDate();
        LocalDate appraisal = orWorkingDay(year.appraisalDue(), submitted.plusWeeks(6));
        LocalDate explanation = orWorkingDay(year.explanationDue(), submitted.plusWeeks(8));
        LocalDate published = orWorkingDay(year.resultsDue(), submitted.plusWeeks(12));
        jdbc.sql("""
                insert into cycle_appraisal (cycle_id, appraisal_due, explanation_due, results_due, explanation_round)
                values (?, ?, ?, ?, 0)""")
                .params(cycleId, dueAt(appraisal), dueAt(explanation), dueAt(published)).update();
        return get(cycleId);
    }

    public Optional<AppraisalStage> find(long cycleId) {
        return jdbc.sql("select * from cycle_appraisal where cycle_id = ?").param(cycleId)
                .query(AppraisalStage.class).optional();
    }

    public AppraisalStage get(long cycleId) {
        return find(cycleId).orElseThrow(() -> new IllegalStateException("Kỳ đánh giá " + cycleId
                + " chưa gửi báo cáo cho Bộ Nội vụ."));
    }

    /** The units' explanations are due a few working days before the Ministry's deadline (see the constants). */
    public OffsetDateTime unitExplanationDue(long cycleId) {
        return before(get(cycleId).explanationDue(), UNITS_BEFORE);
    }

    public OffsetDateTime explanationToChairmanDue(long cycleId) {
        return before(get(cycleId).explanationDue(), CONSOLIDATION_BEFORE);
    }

    public OffsetDateTime explanationApprovalDue(long cycleId) {
        return before(get(cycleId).explanationDue(), APPROVAL_BEFORE);
    }

    /**
     * Sở Nội vụ records the Ministry's appraisal: the appraised scores must be entered first (the results page), then
     * the notice, the day it came and the explanation deadline it sets. Refused in Vietnamese, nothing stored.
     */
    public AppraisalStage recordAppraisal(long cycleId, Map<String, Object> form, String user, String taskId) {
        List<String> problems = new ArrayList<>();
        String notice = FormInput.requiredText(form.get(NOTICE_REF), "văn bản thông báo kết quả thẩm định", 300, problems);
        LocalDate received = FormInput.requiredDate(form.get(RECEIVED_ON), "ngày nhận kết quả thẩm định", problems);
        LocalDate due = FormInput.requiredDate(form.get(EXPLANATION_DUE), "hạn gửi báo cáo giải trình", problems);
        if (received != null && received.isAfter(LocalDate.now(clock))) {
            problems.add("Ngày nhận kết quả thẩm định không được sau ngày hôm nay.");
        }
        if (received != null && due != null && !due.isAfter(received)) {
            problems.add("Hạn gửi báo cáo giải trình phải sau ngày nhận kết quả thẩm định.");
        }
        Optional<MinistryResult> entered = results.latest(cycleId);
        if (entered.isEmpty()) {
            problems.add("Chưa nhập điểm thẩm định của Bộ Nội vụ. Nhập tại trang Nhập kết quả của Bộ Nội vụ "
                    + "rồi hoàn thành công việc.");
        }
        ValidationException.throwIfAny(problems);
        jdbc.sql("""
                update cycle_appraisal set appraisal_result_id = ?, appraisal_notice_ref = ?, appraisal_received_on = ?,
                    explanation_due = ?, appraisal_recorded_by = ?, appraisal_recorded_at = ?
                where cycle_id = ?""")
                .params(entered.get().id(), notice, received, dueAt(due), user, OffsetDateTime.now(clock), cycleId)
                .update();
        reviews.record(cycleId, null, ReviewStep.APPRAISAL_RECORDED, 1, Decision.SUBMITTED, notice, user, taskId);
        return get(cycleId);
    }

    /**
     * Every self-scored item the appraisal scored below the self-score, with the unit that scored it and the evidence
     * it gave; in criteria order.
     */
    public List<LostItem> lostItems(long cycleId) {
        AppraisalStage stage = get(cycleId);
        if (stage.appraisalResultId() == null) {
            return List.of();
        }
        Cycle cycle = cycles.get(cycleId);
        Map<String, BigDecimal> appraised = results.scoresOf(stage.appraisalResultId());
        Map<String, ItemScore> self = scoring.latestScores(cycleId).stream()
                .collect(Collectors.toMap(ItemScore::criterionCode, Function.identity()));
        List<LostItem> lost = new ArrayList<>();
        for (Criterion item : results.scoredItems(cycle)) {
            ItemScore score = self.get(item.code());
            BigDecimal appraisedScore = appraised.get(item.code());
            if (score == null || score.notApplicable() || appraisedScore == null
                    || appraisedScore.compareTo(score.points()) >= 0) {
                continue;
            }
            lost.add(new LostItem(score.unitCode(), item.code(), item.name(), item.maxPoints(), score.points(),
                    appraisedScore, evidenceOf(cycleId, score), null, null));
        }
        return lost;
    }

    /** The units with at least one item that lost points, in the order of their first such item. */
    public List<String> explainingUnits(long cycleId) {
        return List.copyOf(lostItems(cycleId).stream().map(LostItem::unitCode)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** One line about the appraisal for the forms: the notice, the points lost, the explanation deadline. */
    public String summary(long cycleId) {
        AppraisalStage stage = get(cycleId);
        if (stage.appraisalResultId() == null) {
            return "Chưa ghi nhận (dự kiến có kết quả trước " + VietnameseFormat.dateTime(stage.appraisalDue(),
                    properties.timeZone()) + ").";
        }
        List<LostItem> lost = lostItems(cycleId);
        BigDecimal points = lost.stream().map(LostItem::lostPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        return stage.appraisalNoticeRef() + "; " + lost.size() + " tiêu chí bị trừ tổng cộng "
                + VietnameseFormat.points(points) + " điểm; hạn gửi báo cáo giải trình "
                + VietnameseFormat.dateTime(stage.explanationDue(), properties.timeZone()) + ".";
    }

    /** The latest results entry, for the published-results form. */
    public String latestEntryText(long cycleId) {
        return results.latest(cycleId).map(result -> "lần nhập thứ " + result.version() + ", " + result.decisionRef()
                + (result.publishedOn() == null ? "" : ", ngày " + VietnameseFormat.date(result.publishedOn())))
                .orElse("chưa có.");
    }

    /** Sở Nội vụ confirms the published results are entered: an entry after the one that held the appraisal. */
    public AppraisalStage recordPublished(long cycleId, Map<String, Object> form, String user, String taskId) {
        List<String> problems = new ArrayList<>();
        Object confirmed = form.get(RESULTS_ENTERED);
        if (!(Boolean.TRUE.equals(confirmed) || "true".equalsIgnoreCase(FormInput.text(confirmed)))) {
            problems.add("Vui lòng nhập kết quả do Bộ Nội vụ công bố và xác nhận trước khi hoàn thành.");
        }
        AppraisalStage stage = get(cycleId);
        Optional<MinistryResult> latest = results.latest(cycleId);
        if (latest.isEmpty() || java.util.Objects.equals(latest.get().id(), stage.appraisalResultId())) {
            problems.add("Chưa có lần nhập kết quả nào sau kết quả thẩm định. Nhập kết quả do Bộ Nội vụ công bố tại "
                    + "trang Nhập kết quả của Bộ Nội vụ rồi hoàn thành công việc.");
        }
        ValidationException.throwIfAny(problems);
        jdbc.sql("""
                update cycle_appraisal set published_result_id = ?, published_recorded_by = ?, published_recorded_at = ?
                where cycle_id = ?""").params(latest.get().id(), user, OffsetDateTime.now(clock), cycleId).update();
        reviews.record(cycleId, null, ReviewStep.RESULTS_PUBLISHED, 1, Decision.SUBMITTED, latest.get().decisionRef(),
                user, taskId);
        return get(cycleId);
    }

    private String evidenceOf(long cycleId, ItemScore score) {
        List<String> files = evidence.fileNamesByItem(cycleId, score.unitCode()).getOrDefault(score.criterionCode(), List.of());
        List<String> parts = new ArrayList<>();
        if (score.evidenceRef() != null && !score.evidenceRef().isBlank()) {
            parts.add(score.evidenceRef());
        }
        if (!files.isEmpty()) {
            parts.add("Tệp: " + String.join(", ", files));
        }
        return parts.isEmpty() ? "Không có tài liệu kiểm chứng" : String.join("; ", parts);
    }

    private OffsetDateTime before(OffsetDateTime due, int days) {
        LocalDate day = due.atZoneSameInstant(properties.timeZone()).toLocalDate();
        return dueAt(workingDays.addWorkingDays(day, -days));
    }

    private LocalDate orWorkingDay(LocalDate given, LocalDate fallback) {
        return given != null ? given : workingDays.addWorkingDays(fallback, 0);
    }

    private OffsetDateTime dueAt(LocalDate date) {
        return date.atTime(properties.deadlineTime()).atZone(properties.timeZone()).toOffsetDateTime();
    }
}
