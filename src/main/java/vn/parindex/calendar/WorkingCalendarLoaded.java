package vn.parindex.calendar;

import java.util.Set;

/** Published after the working-calendar files were loaded at start (or again); {@code changedYears} were rewritten. */
public record WorkingCalendarLoaded(Set<Integer> changedYears) {

    public WorkingCalendarLoaded {
        changedYears = Set.copyOf(changedYears);
    }
}
