package vn.parindex.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.calendar.AssessmentYear;
import vn.parindex.calendar.CalendarService;
import vn.parindex.calendar.DeadlinesOnWorkingDays;
import vn.parindex.calendar.WorkingCalendar;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.support.PostgresSpringTest;

/**
 * The cycle's start form (forms/cycle/open-cycle, written by tools/forms/gen_forms.py from data/) shows, for the year
 * typed, the dates the cycle uses when SNV leaves a field empty: the dates as the loader stored them, on working days,
 * with the day off a moved date came from. Tasklist gives a start form no variables, so the generator reads data/;
 * this test holds it to what the application loaded.
 */
class CycleStartFormCalendarIT extends PostgresSpringTest {

    @Autowired
    CalendarService calendar;
    @Autowired
    WorkingCalendar workingCalendar;

    private final Map<Integer, JsonNode> calendarTexts = new HashMap<>();

    @BeforeEach
    void readStartForm() throws Exception {
        JsonNode form = new ObjectMapper().readTree(Path.of("forms/cycle/open-cycle.form").toFile());
        form.get("components").forEach(component -> {
            String id = component.get("id").asText();
            if (id.startsWith("text_calendar_")) {
                calendarTexts.put(Integer.parseInt(id.substring("text_calendar_".length())), component);
            }
        });
    }

    @Test
    void the2026PlanDueReadsTheFridayItIsMovedToAndTheSaturdayOfTheData() {
        String text = shownFor(2026);
        assertThat(text).contains("Hạn nộp kế hoạch triển khai của các đơn vị: **thứ Sáu 27/02/2026** "
                + "(đã chuyển từ thứ Bảy 28/02/2026, ngày nghỉ, sang ngày làm việc liền trước)");
        assertThat(text).contains("Tỉnh Lâm Đồng").contains("Hạn gửi Bộ Nội vụ: thứ Sáu 22/01/2027");
        assertThat(text).doesNotContain("Hạn nộp kế hoạch triển khai của các đơn vị: thứ Bảy");
        assertThat(calendarTexts.get(2026).at("/conditional/hide").asText()).isEqualTo("=year != 2026");
    }

    @Test
    void seed003sOwnSaturdayIsShownAsKeptAndItsTuesdayAsWritten() {
        // seed 003: "hoàn thành trước ngày 16/01/2024"; SNV "trình UBND tỉnh trước ngày 20/01/2024" (a Saturday)
        String text = shownFor(2023);
        assertThat(text).contains("Tỉnh Hà Tĩnh")
                .contains("Hạn các đơn vị nộp kết quả tự chấm điểm: thứ Ba 16/01/2024")
                .contains("Hạn Sở Nội vụ trình Chủ tịch UBND tỉnh: thứ Bảy 20/01/2024 (ngày nghỉ, giữ theo văn bản)");
    }

    @Test
    void everyLoadedYearShowsTheDatesTheLoaderStored() {
        assertThat(calendarTexts.keySet()).containsExactlyInAnyOrderElementsOf(calendar.years());
        var files = new DataFileReader().readAll("data/years/*.yaml", DataFiles.YearFile.class);
        for (var file : files) {
            DataFiles.YearFile year = file.content();
            var checked = DeadlinesOnWorkingDays.check(year.calendar().dates(), year.calendar().deliberateOrEmpty(),
                    workingCalendar::isWorkingDay);
            AssessmentYear stored = calendar.year(year.year()).orElseThrow();
            String text = shownFor(year.year());
            for (LocalDate used : new LocalDate[] {stored.planDue(), stored.selfAssessmentOpens(),
                    stored.unitScoreDue(), stored.reportToChairmanDue(), stored.chairmanApprovalDue(),
                    stored.ministryDeadline()}) {
                assertThat(text).as("năm %d", year.year()).contains(VietnameseFormat.date(used));
            }
            checked.moved().stream().filter(moved -> !moved.key().matches("appraisalDue|explanationDue|resultsDue"))
                    .forEach(moved -> assertThat(text).as("năm %d, %s", year.year(), moved.key())
                            .contains(VietnameseFormat.date(moved.used()) + "** (đã chuyển từ")
                            .contains("đã chuyển từ " + weekday(moved.planned()) + " "
                                    + VietnameseFormat.date(moved.planned())));
            if (checked.moved().isEmpty()) {
                assertThat(text).as("năm %d", year.year()).doesNotContain("đã chuyển từ");
            }
        }
    }

    private String shownFor(int year) {
        assertThat(calendarTexts).as("lịch năm %d trên biểu mẫu mở kỳ", year).containsKey(year);
        return calendarTexts.get(year).get("text").asText();
    }

    private static String weekday(LocalDate date) {
        return new String[] {"thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"}
                [date.getDayOfWeek().getValue() - 1];
    }
}
