package vn.parindex.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.calendar.AssessmentYear;

/**
 * The six deadline dates of a cycle. Each may be left empty when SNV opens a cycle, and is then taken from the
 * year's calendar.
 */
public record DeadlineDates(LocalDate planDue, LocalDate selfAssessmentOpens, LocalDate unitScoreDue,
                            LocalDate reportToChairmanDue, LocalDate chairmanApprovalDue, LocalDate ministryDeadline) {

    public static DeadlineDates none() {
        return new DeadlineDates(null, null, null, null, null, null);
    }

    public static DeadlineDates of(AssessmentYear year) {
        return new DeadlineDates(year.planDue(), year.selfAssessmentOpens(), year.unitScoreDue(),
                year.reportToChairmanDue(), year.chairmanApprovalDue(), year.ministryDeadline());
    }

    /** The same dates with one of them replaced. */
    public DeadlineDates with(DeadlineKind kind, LocalDate date) {
        return new DeadlineDates(kind == DeadlineKind.PLAN_DUE ? date : planDue,
                kind == DeadlineKind.SELF_ASSESSMENT_OPENS ? date : selfAssessmentOpens,
                kind == DeadlineKind.UNIT_SCORE_DUE ? date : unitScoreDue,
                kind == DeadlineKind.REPORT_TO_CHAIRMAN_DUE ? date : reportToChairmanDue,
                kind == DeadlineKind.CHAIRMAN_APPROVAL_DUE ? date : chairmanApprovalDue,
                kind == DeadlineKind.MINISTRY_DEADLINE ? date : ministryDeadline);
    }

    DeadlineDates orElse(DeadlineDates defaults) {
        return new DeadlineDates(pick(planDue, defaults.planDue), pick(selfAssessmentOpens, defaults.selfAssessmentOpens),
                pick(unitScoreDue, defaults.unitScoreDue), pick(reportToChairmanDue, defaults.reportToChairmanDue),
                pick(chairmanApprovalDue, defaults.chairmanApprovalDue), pick(ministryDeadline, defaults.ministryDeadline));
    }

    /** Vietnamese problems with the dates for assessment year {@code year}; empty when they are usable. */
    List<String> problems(int year) {
        List<String> problems = new ArrayList<>();
        List<LocalDate> selfAssessment = List.of(selfAssessmentOpens, unitScoreDue, reportToChairmanDue,
                chairmanApprovalDue, ministryDeadline);
        for (int i = 1; i < selfAssessment.size(); i++) {
            if (selfAssessment.get(i).isBefore(selfAssessment.get(i - 1))) {
                problems.add("Các mốc thời gian phải theo thứ tự: ngày mở tự đánh giá ≤ hạn đơn vị nộp kết quả ≤ "
                        + "hạn trình Chủ tịch UBND tỉnh ≤ hạn phê duyệt ≤ hạn gửi Bộ Nội vụ.");
                break;
            }
        }
        LocalDate earliest = LocalDate.of(year - 1, 1, 1);
        LocalDate latest = LocalDate.of(year + 1, 12, 31);
        for (LocalDate date : List.of(planDue, selfAssessmentOpens, unitScoreDue, reportToChairmanDue,
                chairmanApprovalDue, ministryDeadline)) {
            if (date.isBefore(earliest) || date.isAfter(latest)) {
                problems.add("Ngày " + vn.parindex.common.VietnameseFormat.date(date) + " nằm ngoài khoảng hợp lý của kỳ đánh giá năm "
                        + year + " (từ 01/01/" + (year - 1) + " đến 31/12/" + (year + 1) + ").");
                break;
            }
        }
        return problems;
    }

    private static LocalDate pick(LocalDate value, LocalDate fallback) {
        return value != null ? value : fallback;
    }
}
