package vn.parindex.calendar;

import lombok.RequiredArgsConstructor;

/** What makes a date special in the working-day calendar. */
@RequiredArgsConstructor
public enum SpecialDayKind {

    /** A public holiday (ngày lễ, Tết), even when it falls on a weekend. */
    HOLIDAY("ngày lễ, Tết"),
    /** A weekday off: nghỉ bù for a holiday on a weekend, or a weekday swapped with a make-up Saturday. */
    COMPENSATORY_DAY_OFF("ngày nghỉ bù"),
    /** A weekend day worked (làm bù) to bridge a holiday. */
    MAKE_UP_WORKING_DAY("ngày làm bù");

    private final String label;

    /** Vietnamese name of the kind, for messages. */
    public String label() {
        return label;
    }

    public boolean isDayOff() {
        return this != MAKE_UP_WORKING_DAY;
    }
}
