package vn.parindex.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.referencedata.WorkingCalendarFile.DayEntry;

class WorkingCalendarValidatorTest {

    private static final DayEntry NEW_YEAR = day("2026-01-01", "HOLIDAY", "Tết Dương lịch");
    private static final DayEntry SWAPPED_OFF = day("2026-01-02", "COMPENSATORY_DAY_OFF", "Nghỉ hoán đổi");
    private static final DayEntry MAKE_UP = day("2026-01-10", "MAKE_UP_WORKING_DAY", "Làm bù");

    @Test
    void acceptsAConsistentYear() {
        assertThat(WorkingCalendarValidator.validate("2026.yaml", file(2026, NEW_YEAR, SWAPPED_OFF, MAKE_UP))).isEmpty();
    }

    @Test
    void everyFileInDataIsValid() {
        var files = new DataFileReader().readAll(WorkingCalendarLoader.FILES, WorkingCalendarFile.class);
        assertThat(files).extracting(DataFiles.Loaded::fileName)
                .containsExactly("2022.yaml", "2023.yaml", "2024.yaml", "2025.yaml", "2026.yaml", "2027.yaml");
        List<String> problems = new ArrayList<>();
        files.forEach(file -> problems.addAll(WorkingCalendarValidator.validate(file.fileName(), file.content())));
        assertThat(problems).isEmpty();
    }

    @Test
    void aDateOutsideTheFileYearIsAnError() {
        assertThat(WorkingCalendarValidator.validate("2026.yaml",
                file(2026, NEW_YEAR, day("2027-01-01", "HOLIDAY", "Tết Dương lịch 2027"))))
                .containsExactly("2026.yaml, ngày 01/01/2027: không thuộc năm 2026 của tệp.");
    }

    @Test
    void aDayOffListedTwiceIsAnError() {
        assertThat(WorkingCalendarValidator.validate("2026.yaml", file(2026, NEW_YEAR, NEW_YEAR)))
                .containsExactly("2026.yaml, ngày 01/01/2026: ngày lễ, Tết được liệt kê hai lần.");
    }

    @Test
    void twoKindsOnOneDateAreAnError() {
        assertThat(WorkingCalendarValidator.validate("2026.yaml",
                file(2026, NEW_YEAR, day("2026-01-01", "COMPENSATORY_DAY_OFF", "Nghỉ bù"))))
                .containsExactly("2026.yaml, ngày 01/01/2026: trùng ngày: vừa là ngày lễ, Tết vừa là ngày nghỉ bù.");
    }

    @Test
    void aMakeUpWorkingDayMustBeAWeekendDay() {
        assertThat(WorkingCalendarValidator.validate("2026.yaml",
                file(2026, NEW_YEAR, day("2026-01-09", "MAKE_UP_WORKING_DAY", "Làm bù"))))
                .containsExactly("2026.yaml, ngày 09/01/2026: ngày làm bù phải là thứ Bảy hoặc Chủ nhật.");
    }

    @Test
    void aCompensatoryDayOffMustBeAWeekday() {
        assertThat(WorkingCalendarValidator.validate("2026.yaml",
                file(2026, NEW_YEAR, day("2026-01-03", "COMPENSATORY_DAY_OFF", "Nghỉ bù"))))
                .containsExactly("2026.yaml, ngày 03/01/2026: ngày nghỉ bù phải là ngày làm việc trong tuần (thứ Hai đến thứ Sáu).");
    }

    @Test
    void anUnknownKindIsAnError() {
        assertThat(WorkingCalendarValidator.validate("2026.yaml", file(2026, day("2026-01-01", "DAY_OFF", "Tết Dương lịch"))))
                .containsExactly("2026.yaml, ngày 01/01/2026: loại ngày (kind) phải là HOLIDAY, COMPENSATORY_DAY_OFF "
                        + "hoặc MAKE_UP_WORKING_DAY.");
    }

    @Test
    void aDayNeedsADateAndAName() {
        assertThat(WorkingCalendarValidator.validate("2026.yaml",
                file(2026, NEW_YEAR, new DayEntry(null, "HOLIDAY", "Quốc khánh", null), day("2026-09-02", "HOLIDAY", " "))))
                .containsExactly("2026.yaml: có ngày thiếu ngày tháng (date) (Quốc khánh).",
                        "2026.yaml, ngày 02/09/2026: thiếu tên ngày (name).");
    }

    @Test
    void theFileNeedsAValidYearMatchingItsNameASourceAndDays() {
        assertThat(WorkingCalendarValidator.validate("2026.yaml", new WorkingCalendarFile(null, "Nguồn", List.of(NEW_YEAR))))
                .containsExactly("2026.yaml: năm của lịch ngày làm việc không hợp lệ.");
        assertThat(WorkingCalendarValidator.validate("2025.yaml", new WorkingCalendarFile(2026, " ", List.of())))
                .containsExactly("2025.yaml: tên tệp phải là 2026.yaml theo năm khai báo.",
                        "2025.yaml: thiếu nguồn (source): số văn bản công bố lịch nghỉ, hoặc ghi rõ là tạm tính.",
                        "2025.yaml: chưa liệt kê ngày lễ, ngày nghỉ bù, ngày làm bù nào.");
    }

    private static WorkingCalendarFile file(int year, DayEntry... days) {
        return new WorkingCalendarFile(year, "Thông báo 9441/TB-BNV", List.of(days));
    }

    private static DayEntry day(String date, String kind, String name) {
        return new DayEntry(LocalDate.parse(date), kind, name, null);
    }
}
