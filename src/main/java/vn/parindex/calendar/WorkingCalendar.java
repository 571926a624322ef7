package vn.parindex.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.parindex.common.ParProperties;

/**
 * Vietnam's working days for the public sector (Saturday and Sunday off, public holidays, nghỉ bù, làm bù), as
 * loaded from {@code data/working-calendar/<year>.yaml}. Dates are in the zone of {@link ParProperties#timeZone()}.
 * A year without data counts weekends only, with a warning in the log.
 */
@Service
public class WorkingCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);

    private final WorkingCalendarRepository repository;
    private final CalendarService assessmentYears;
    private final ConcurrentMap<Integer, Optional<YearCalendar>> cache = new ConcurrentHashMap<>();
    private final WorkingDays workingDays;
    private volatile Set<Integer> coveredYears;

    WorkingCalendar(WorkingCalendarRepository repository, CalendarService assessmentYears, ParProperties properties) {
        this.repository = repository;
        this.assessmentYears = assessmentYears;
        this.workingDays = new WorkingDays(this::year, properties.timeZone(), WorkingCalendar::warnMissingYear);
    }

    public boolean isWorkingDay(LocalDate date) {
        return workingDays.isWorkingDay(date);
    }

    /**
     * days &gt; 0: the days-th working day after {@code from}; days &lt; 0: the |days|-th working day before it;
     * days = 0: {@code from} when it is a working day, else the next working day.
     */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        return workingDays.addWorkingDays(from, days);
    }

    /** "days working days before {@code due}, at {@code at}" in Vietnam's zone (days = 0: as {@link #addWorkingDays}). */
    public OffsetDateTime workingDaysBefore(LocalDate due, int days, LocalTime at) {
        return workingDays.workingDaysBefore(due, days, at);
    }

    /** "days working days after {@code due}, at {@code at}" in Vietnam's zone (days = 0: as {@link #addWorkingDays}). */
    public OffsetDateTime workingDaysAfter(LocalDate due, int days, LocalTime at) {
        return workingDays.workingDaysAfter(due, days, at);
    }

    /** Working days in (from, to], negative when {@code to} is before {@code from}: e.g. how many days late. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return workingDays.workingDaysBetween(from, to);
    }

    /** Whether the date's year has calendar data (otherwise only weekends are days off). */
    public boolean covers(LocalDate date) {
        return coveredYears().contains(date.getYear());
    }

    public Set<Integer> coveredYears() {
        Set<Integer> years = coveredYears;
        if (years == null) {
            years = Set.copyOf(repository.years());
            coveredYears = years;
        }
        return years;
    }

    /**
     * Why a day off is off, for people: the holiday's name from the data, else the weekday ("thứ Bảy", "Chủ nhật");
     * empty on a working day.
     */
    public Optional<String> dayOffName(LocalDate date) {
        if (isWorkingDay(date)) {
            return Optional.empty();
        }
        return year(date.getYear()).flatMap(year -> Optional.ofNullable(year.days().get(date))).map(SpecialDay::name)
                .or(() -> Optional.of(date.getDayOfWeek() == DayOfWeek.SUNDAY ? "Chủ nhật" : "thứ Bảy"));
    }

    /** After the data files were (re)loaded: forget cached years. */
    @TransactionalEventListener(fallbackExecution = true)
    void reloaded(WorkingCalendarLoaded event) {
        cache.clear();
        coveredYears = null;
        workingDays.forgetReportedYears();
    }

    /**
     * Warns about assessment years (and the years after them) without a working calendar; called once the assessment
     * years are loaded, which is after the working calendar (their deadlines are checked against it).
     */
    public void warnAboutUncoveredYears() {
        SortedSet<Integer> missing = uncovered(assessmentYears.years(), coveredYears());
        if (!missing.isEmpty()) {
            log.warn("Chưa có lịch ngày làm việc (data/working-calendar/<năm>.yaml) cho năm {}, là năm đánh giá hoặc năm "
                    + "kế tiếp trong assessment_year: hạn trong các năm này chỉ trừ thứ Bảy, Chủ nhật, chưa tính ngày lễ, "
                    + "nghỉ bù, làm bù. / No working calendar for {}: deadlines there skip weekends only.", missing, missing);
        }
    }

    /** Assessment years, and the years after them (where their deadlines fall), that have no calendar. */
    static SortedSet<Integer> uncovered(Collection<Integer> assessmentYears, Set<Integer> covered) {
        SortedSet<Integer> missing = new TreeSet<>();
        for (int year : assessmentYears) {
            for (int needed : new int[] {year, year + 1}) {
                if (!covered.contains(needed)) {
                    missing.add(needed);
                }
            }
        }
        return missing;
    }

    private Optional<YearCalendar> year(int year) {
        return cache.computeIfAbsent(year, repository::year);
    }

    private static void warnMissingYear(int year) {
        log.warn("Năm {} chưa có lịch ngày làm việc (data/working-calendar/{}.yaml): chỉ tính thứ Bảy, Chủ nhật là ngày "
                + "nghỉ. / No working calendar for {}: counting weekends only.", year, year, year);
    }
}
