package vn.parindex.dashboard;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.parindex.calendar.WorkingCalendar;
import vn.parindex.common.ParProperties;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.reporting.QuarterDates;
import vn.parindex.reporting.QuarterlyReport;
import vn.parindex.reporting.QuarterlyReportingService;
import vn.parindex.reporting.ReportVersion;
import vn.parindex.reporting.ReportingSchedule;
import vn.parindex.reporting.ReportingYear;

/** Builds the quarterly view of a year from the schedule ({@code data/reporting}) and our {@code quarterly_*} tables. */
@Service
public class QuarterlyDashboardService {

    private static final String[] ROMAN = {"", "I", "II", "III", "IV"};

    private final ReportingSchedule schedule;
    private final QuarterlyReportingService reports;
    private final OrgDirectoryService orgDirectory;
    private final WorkingCalendar calendar;
    private final ZoneId zone;
    private final java.time.LocalTime deadlineTime;
    private final Clock clock;

    QuarterlyDashboardService(ReportingSchedule schedule, QuarterlyReportingService reports,
                              OrgDirectoryService orgDirectory, WorkingCalendar calendar, ParProperties properties,
                              Clock clock) {
        this.schedule = schedule;
        this.reports = reports;
        this.orgDirectory = orgDirectory;
        this.calendar = calendar;
        this.zone = properties.timeZone();
        this.deadlineTime = properties.deadlineTime();
        this.clock = clock;
    }

    public QuarterlyDashboard forYear(int year) {
        ReportingYear data = schedule.find(year).orElseThrow(() -> new DashboardNotFoundException(
                "Chưa có lịch báo cáo CCHC hằng quý của năm " + year + "."));
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<QuarterlyDashboard.Quarter> quarters = new ArrayList<>();
        for (QuarterDates dates : data.quarters().stream().sorted((a, b) -> Integer.compare(a.quarter(), b.quarter())).toList()) {
            Optional<QuarterlyReport> opened = reports.find(year, dates.quarter());
            quarters.add(opened.map(report -> opened(report, now)).orElseGet(() -> notOpened(year, dates, now)));
        }
        return new QuarterlyDashboard(year, data.province(), now, quarters);
    }

    /**
     * A quarter without its report process: not yet due ("Chưa đến kỳ báo cáo") only while its request date is ahead;
     * after that it is a quarter nobody opened, late once the units' due date has passed.
     */
    private QuarterlyDashboard.Quarter notOpened(int year, QuarterDates dates, OffsetDateTime now) {
        OffsetDateTime unitDue = due(dates.unitReportDue());
        OffsetDateTime ministryDue = due(dates.ministryDue());
        boolean requested = !now.toLocalDate().isBefore(dates.requestOn());
        String status;
        String detail;
        int late = 0;
        if (!requested) {
            status = "Chưa đến kỳ báo cáo";
            detail = "Các đơn vị được yêu cầu báo cáo vào ngày " + vn.parindex.common.VietnameseFormat.date(dates.requestOn()) + ".";
        } else if (now.isAfter(unitDue)) {
            late = workingDaysLate(unitDue, now);
            status = now.isAfter(ministryDue) ? "Quá hạn gửi Bộ Nội vụ, kỳ báo cáo chưa được mở" : "Quá hạn, kỳ báo cáo chưa được mở";
            detail = "Hạn các đơn vị nộp báo cáo " + vn.parindex.common.VietnameseFormat.date(dates.unitReportDue())
                    + " đã qua mà chưa mở kỳ báo cáo quý (Sở Nội vụ mở năm báo cáo trong Danh sách công việc).";
        } else {
            status = "Đến kỳ báo cáo, chưa mở";
            detail = "Ngày yêu cầu báo cáo " + vn.parindex.common.VietnameseFormat.date(dates.requestOn())
                    + " đã đến; Sở Nội vụ mở năm báo cáo trong Danh sách công việc.";
        }
        return new QuarterlyDashboard.Quarter(dates.quarter(), label(dates.quarter(), year), dates.requestOn(),
                unitDue, due(dates.reviewDue()), due(dates.draftDue()), due(dates.approvalDue()),
                ministryDue, false, status, detail, late, List.of(), counts(List.of()));
    }

    private OffsetDateTime due(java.time.LocalDate date) {
        return date.atTime(deadlineTime).atZone(zone).toOffsetDateTime();
    }

    private QuarterlyDashboard.Quarter opened(QuarterlyReport report, OffsetDateTime now) {
        List<QuarterlyDashboard.Unit> units = new ArrayList<>();
        for (QuarterlyReportingService.UnitState state : reports.unitStates(report.id())) {
            String name = orgDirectory.find(state.unitCode()).map(found -> found.name()).orElse(state.unitCode());
            units.add(unit(state, name, report.unitReportDue(), now));
        }
        ReportState province = provinceState(report, now);
        return new QuarterlyDashboard.Quarter(report.quarter(), label(report.quarter(), report.year()), report.requestOn(),
                report.unitReportDue(), report.reviewDue(), report.draftDue(), report.approvalDue(), report.ministryDue(),
                true, province.status(), province.detail(), province.workingDaysLate(), units, counts(units));
    }

    private QuarterlyDashboard.Unit unit(QuarterlyReportingService.UnitState state, String name, OffsetDateTime due,
                                         OffsetDateTime now) {
        return switch (state.status()) {
            case NOT_STARTED -> held(state, name, PhaseState.NOT_STARTED, "chưa nộp báo cáo", due, now);
            case SUBMITTED -> held(state, name, PhaseState.IN_PROGRESS, "chờ thủ trưởng ký duyệt", due, now);
            case RETURNED -> held(state, name, PhaseState.RETURNED, "bị trả lại, đang sửa", due, now);
            case SIGNED_OFF -> new QuarterlyDashboard.Unit(state.unitCode(), name, PhaseState.SUBMITTED,
                    "chờ Sở Nội vụ xem xét", state.round(), 0, state.lastSubmittedAt());
            case ACCEPTED -> new QuarterlyDashboard.Unit(state.unitCode(), name, PhaseState.ACCEPTED,
                    "đã được chấp nhận", state.round(), 0, state.lastSubmittedAt());
        };
    }

    /** The department still holds its report: late once the due date has passed. */
    private QuarterlyDashboard.Unit held(QuarterlyReportingService.UnitState state, String name, PhaseState phase,
                                         String detail, OffsetDateTime due, OffsetDateTime now) {
        int late = workingDaysLate(due, now);
        return new QuarterlyDashboard.Unit(state.unitCode(), name, late > 0 ? PhaseState.OVERDUE : phase, detail,
                state.round(), late, state.lastSubmittedAt());
    }

    private record ReportState(String status, String detail, int workingDaysLate) {
    }

    private ReportState provinceState(QuarterlyReport report, OffsetDateTime now) {
        Optional<ReportVersion> version = reports.latestVersion(report.id());
        return switch (report.status()) {
            case COLLECTING -> new ReportState("Đang thu thập báo cáo của các đơn vị",
                    "Sở Nội vụ tổng hợp khi mọi đơn vị được chấp nhận.", 0);
            case DRAFTING -> {
                var decision = reports.latestChairmanDecision(report.id());
                boolean withChairman = version.isPresent() && decision.map(d -> d.getKey() < version.get().version()).orElse(true);
                if (withChairman) {
                    yield new ReportState("Chờ Chủ tịch UBND tỉnh phê duyệt",
                            "Dự thảo lần " + version.get().version() + ".", workingDaysLate(report.approvalDue(), now));
                }
                yield new ReportState(version.isEmpty() ? "Sở Nội vụ đang dự thảo" : "Chủ tịch trả lại, Sở Nội vụ đang hoàn thiện",
                        version.isEmpty() ? "Đã tổng hợp số liệu của tỉnh." : "Dự thảo lần " + version.get().version()
                                + " bị trả lại.", workingDaysLate(report.draftDue(), now));
            }
            case APPROVED -> new ReportState("Đã phê duyệt, chờ gửi Bộ Nội vụ",
                    "Dự thảo lần " + version.map(ReportVersion::version).orElse(0) + " được phê duyệt.",
                    workingDaysLate(report.ministryDue(), now));
            case SUBMITTED -> new ReportState("Đã gửi Bộ Nội vụ", reports.submission(report.id())
                    .map(s -> "Báo cáo số " + s.documentNumber() + " ngày " + vn.parindex.common.VietnameseFormat.date(s.sentOn()) + ".")
                    .orElse(""), 0);
        };
    }

    private int workingDaysLate(OffsetDateTime due, OffsetDateTime now) {
        if (!now.isAfter(due)) {
            return 0;
        }
        return Math.max(1, calendar.workingDaysBetween(due.atZoneSameInstant(zone).toLocalDate(),
                now.atZoneSameInstant(zone).toLocalDate()));
    }

    private static Map<PhaseState, Long> counts(List<QuarterlyDashboard.Unit> units) {
        Map<PhaseState, Long> counts = new EnumMap<>(PhaseState.class);
        for (PhaseState state : PhaseState.values()) {
            counts.put(state, units.stream().filter(unit -> unit.state() == state).count());
        }
        return counts;
    }

    private static String label(int quarter, int year) {
        return "Quý " + ROMAN[quarter] + "/" + year;
    }
}
