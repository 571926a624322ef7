package vn.parindex.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    @Test
    void anAssessmentYearNeedsItsOwnCalendarAndTheNextOne() {
        assertThat(WorkingCalendar.uncovered(List.of(2022, 2026), Set.of(2022, 2023, 2026, 2027))).isEmpty();
        assertThat(WorkingCalendar.uncovered(List.of(2022, 2026, 2028), Set.of(2022, 2026, 2027)))
                .containsExactly(2023, 2028, 2029);
    }
}
