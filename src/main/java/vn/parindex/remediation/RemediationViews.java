package vn.parindex.remediation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import vn.parindex.calendar.CalendarService;
import vn.parindex.calendar.WorkingCalendar;
import vn.parindex.criteria.CriteriaService;
import vn.parindex.criteria.Criterion;
import vn.parindex.cycle.CycleService;
import vn.parindex.orgdirectory.OrgDirectoryService;

/** Builds what the remediation page, its JSON and the dashboard show. */
@Service
@RequiredArgsConstructor
public class RemediationViews {

    private final RemediationPlanService plans;
    private final RemediationReports progressReports;
    private final CycleService cycles;
    private final CriteriaService criteria;
    private final OrgDirectoryService orgDirectory;
    private final CalendarService calendar;
    private final WorkingCalendar workingCalendar;
    private final RemediationSchedule schedule;
    private final Clock clock;

    /** The newest plan of the year, empty when none was started. */
    public Optional<PlanView> forYear(int year) {
        return plans.latest(year).map(this::view);
    }

    public PlanView view(RemediationPlan plan) {
        int year = plans.yearOf(plan);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, String> itemNames = criteria.items(cycles.get(plan.cycleId()).criteriaSetCode()).stream()
                .collect(Collectors.toMap(Criterion::code, Criterion::name));
        List<PlanView.TaskView> tasks = new ArrayList<>();
        for (RemediationTask task : plans.tasks(plan.id())) {
            List<PlanView.PeriodView> periods = new ArrayList<>();
            ProgressReport last = null;
            for (ReportPeriod period : progressReports.periods(task.id())) {
                List<ProgressReport> reports = progressReports.reports(period.id());
                if (!reports.isEmpty()) {
                    last = reports.get(reports.size() - 1);
                }
                boolean overdue = period.status().withUnit() && now.isAfter(period.dueAt());
                periods.add(new PlanView.PeriodView(period, period.status().label(), period.status().colour(), overdue,
                        overdue ? Math.max(1, workingCalendar.workingDaysBetween(schedule.day(period.dueAt()),
                                schedule.day(now))) : 0, reports));
            }
            Optional<PlanView.PeriodView> current = task.cancelled() ? Optional.empty() : periods.stream()
                    .filter(period -> period.period().status() != PeriodStatus.ACCEPTED).findFirst();
            boolean done = !task.cancelled() && !periods.isEmpty() && current.isEmpty();
            String state = task.cancelled() ? "Đã hủy" : periods.isEmpty() ? plan.status().label()
                    : current.map(period -> period.period().label() + ": " + (period.overdue() ? "Quá hạn" : period.statusLabel()))
                    .orElse("Hoàn thành");
            String colour = task.cancelled() || periods.isEmpty() ? "#9e9e9e" : current.map(period -> period.overdue() ? "#e53935"
                    : period.colour()).orElse("#43a047");
            tasks.add(new PlanView.TaskView(task, task.criterionCode() == null ? "" : itemNames.getOrDefault(task.criterionCode(), ""),
                    orgDirectory.find(task.unitCode()).map(unit -> unit.name()).orElse(task.unitCode()), periods, state,
                    colour, done, current.map(PlanView.PeriodView::overdue).orElse(false),
                    current.map(PlanView.PeriodView::workingDaysLate).orElse(0), last));
        }
        // a cancelled task stays on the page, marked, but no longer counts
        List<PlanView.TaskView> counted = tasks.stream().filter(task -> !task.task().cancelled()).toList();
        PlanView.Counts counts = new PlanView.Counts(counted.size(), (int) counted.stream().filter(PlanView.TaskView::done).count(),
                (int) counted.stream().filter(PlanView.TaskView::overdue).count(),
                (int) counted.stream().filter(task -> task.periods().stream()
                        .anyMatch(period -> period.period().status() == PeriodStatus.REPORTED)).count(),
                (int) counted.stream().map(task -> task.task().unitCode()).distinct().count(),
                tasks.size() - counted.size());
        return new PlanView(year, calendar.year(year).map(found -> found.province()).orElse(""), plan,
                plan.status().label(), tasks, plans.decisions(plan.id()), counts, now);
    }
}
