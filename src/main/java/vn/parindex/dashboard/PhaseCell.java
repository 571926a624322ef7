package vn.parindex.dashboard;

import java.time.OffsetDateTime;
import vn.parindex.cycle.CyclePhase;

/**
 * One unit in one phase. {@code state} is OVERDUE when the unit has not handed its work to Sở Nội vụ by the phase's
 * deadline; {@code detail} says more (e.g. "chờ thủ trưởng ký"), {@code workingDaysLate} counts on the working-day
 * calendar.
 */
public record PhaseCell(CyclePhase phase, PhaseState state, String detail, int round, int workingDaysLate,
                        OffsetDateTime updatedAt) {

    public String label() {
        return state.label();
    }

    public String colour() {
        return state.colour();
    }
}
