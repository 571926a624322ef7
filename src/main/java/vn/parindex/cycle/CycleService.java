package vn.parindex.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.parindex.calendar.AssessmentYear;
import vn.parindex.calendar.CalendarService;
import vn.parindex.common.ParProperties;
import vn.parindex.common.TransactionMemo;
import vn.parindex.common.ValidationException;
import vn.parindex.criteria.CriteriaService;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.orgdirectory.OrgUnit;

/** Opens, looks up and closes the yearly cycles; knows their deadlines and participants. */
@Service
@RequiredArgsConstructor
public class CycleService {

    private final CycleRepository cycles;
    private final CalendarService calendar;
    private final CriteriaService criteria;
    private final OrgDirectoryService orgDirectory;
    private final ParProperties properties;
    private final Clock clock;

    /** The dates SNV sees prefilled when opening a cycle for the year. */
    public DeadlineDates calendarDeadlines(int year) {
        return DeadlineDates.of(requireYear(year));
    }

    /** The first year with a calendar and no cycle opened yet, else the latest year with data. */
    public Optional<Integer> suggestedYear() {
        List<Integer> years = calendar.years();
        List<Integer> used = cycles.all().stream().map(Cycle::year).toList();
        return years.stream().filter(year -> !used.contains(year)).findFirst()
                .or(() -> years.isEmpty() ? Optional.empty() : Optional.of(years.get(years.size() - 1)));
    }

    public Cycle open(int year, DeadlineDates requested, String openedBy, String processInstanceId) {
        AssessmentYear data = requireYear(year);
        cycles.findOpen(year).ifPresent(open -> {
            throw alreadyOpen(year);
        });
        DeadlineDates dates = requested.orElse(DeadlineDates.of(data));
        ValidationException.throwIfAny(dates.problems(year));
        OffsetDateTime[] deadlines = {dueAt(dates.planDue()), startOf(dates.selfAssessmentOpens()),
                dueAt(dates.unitScoreDue()), dueAt(dates.reportToChairmanDue()), dueAt(dates.chairmanApprovalDue()),
                dueAt(dates.ministryDeadline())};
        try {
            long id = cycles.insert(year, data.criteriaSetCode(), deadlines, openedBy, OffsetDateTime.now(clock),
                    processInstanceId, properties.noticePolicy());
            return get(id);
        } catch (DuplicateKeyException raceWithAnotherStart) {
            throw alreadyOpen(year);
        }
    }

    public Cycle get(long id) {
        return TransactionMemo.get(Cycle.MEMO, id, () -> cycles.find(id))
                .orElseThrow(() -> new IllegalArgumentException("Không có kỳ đánh giá " + id));
    }

    public Optional<Cycle> findOpen(int year) {
        return cycles.findOpen(year);
    }

    public List<Cycle> all() {
        return cycles.all();
    }

    public AssessmentYear yearOf(Cycle cycle) {
        return requireYear(cycle.year());
    }

    /** Units that submit an implementation plan: those of the configured types that exist on the plan deadline. */
    public List<String> planUnits(long cycleId) {
        Cycle cycle = get(cycleId);
        LocalDate planDay = cycle.planDue().atZoneSameInstant(properties.timeZone()).toLocalDate();
        return orgDirectory.validOn(planDay, yearOf(cycle).planParticipants()).stream().map(OrgUnit::code).toList();
    }

    /** Units that self-score: those leading at least one self-scored item in the year's matrix. */
    public List<String> scoringUnits(long cycleId) {
        return criteria.responsibleUnits(get(cycleId).year());
    }

    public void markSelfAssessmentOpened(long cycleId) {
        cycles.markSelfAssessmentOpened(cycleId, OffsetDateTime.now(clock));
    }

    /**
     * Moves one deadline of an open cycle (the Ministry postponed, say), keeping the dates in order. Returns the
     * cycle as it was before the change; the caller moves the tasks and timers that depend on it.
     */
    public Cycle changeDeadline(long cycleId, DeadlineKind kind, LocalDate newDate) {
        Cycle before = get(cycleId);
        if (before.status() != CycleStatus.OPEN) {
            throw new ValidationException("Kỳ đánh giá năm " + before.year() + " đã kết thúc; không thể đổi thời hạn.");
        }
        if (newDate == null) {
            throw new ValidationException("Vui lòng nhập ngày mới cho " + kind.label() + ".");
        }
        ValidationException.throwIfAny(before.dates(properties.timeZone()).with(kind, newDate).problems(before.year()));
        OffsetDateTime value = kind == DeadlineKind.SELF_ASSESSMENT_OPENS ? startOf(newDate) : dueAt(newDate);
        if (value.isEqual(before.deadline(kind))) {
            throw new ValidationException(kind.label() + " đã là ngày " + vn.parindex.common.VietnameseFormat.date(newDate)
                    + "; không có gì thay đổi.");
        }
        cycles.updateDeadline(cycleId, kind, value);
        return before;
    }

    public void complete(long cycleId) {
        cycles.close(cycleId, CycleStatus.COMPLETED, OffsetDateTime.now(clock));
    }

    public void cancel(long cycleId) {
        cycles.close(cycleId, CycleStatus.CANCELLED, OffsetDateTime.now(clock));
    }

    private AssessmentYear requireYear(int year) {
        return calendar.year(year).orElseThrow(() -> new ValidationException("Chưa có dữ liệu năm " + year
                + " (bộ tiêu chí, phân công trách nhiệm, lịch). Hãy bổ sung tệp data/years/" + year + ".yaml."));
    }

    private OffsetDateTime dueAt(LocalDate date) {
        return date.atTime(properties.deadlineTime()).atZone(properties.timeZone()).toOffsetDateTime();
    }

    private OffsetDateTime startOf(LocalDate date) {
        return date.atStartOfDay(properties.timeZone()).toOffsetDateTime();
    }

    private static ValidationException alreadyOpen(int year) {
        return new ValidationException("Kỳ đánh giá Chỉ số CCHC năm " + year + " đang mở (mã " + Cycle.businessKeyOf(year)
                + "). Mỗi năm chỉ có một kỳ đánh giá đang mở.");
    }
}
