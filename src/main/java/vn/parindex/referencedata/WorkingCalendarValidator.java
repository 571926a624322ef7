package vn.parindex.referencedata;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.calendar.SpecialDayKind;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.referencedata.WorkingCalendarFile.DayEntry;

/** Checks a working-calendar file completely before anything is stored. Messages are Vietnamese. */
final class WorkingCalendarValidator {

    private WorkingCalendarValidator() {
    }

    static List<String> validate(String file, WorkingCalendarFile calendar) {
        List<String> problems = new ArrayList<>();
        Integer year = calendar.year();
        if (year == null || year < 2000 || year > 2100) {
            problems.add(file + ": năm của lịch ngày làm việc không hợp lệ.");
            return problems;
        }
        if (!(year + ".yaml").equals(file)) {
            problems.add(file + ": tên tệp phải là " + year + ".yaml theo năm khai báo.");
        }
        if (calendar.source() == null || calendar.source().isBlank()) {
            problems.add(file + ": thiếu nguồn (source): số văn bản công bố lịch nghỉ, hoặc ghi rõ là tạm tính.");
        }
        if (calendar.daysOrEmpty().isEmpty()) {
            problems.add(file + ": chưa liệt kê ngày lễ, ngày nghỉ bù, ngày làm bù nào.");
        }
        Map<LocalDate, String> seen = new HashMap<>();
        for (DayEntry day : calendar.daysOrEmpty()) {
            checkDay(file, year, day, seen, problems);
        }
        return problems;
    }

    private static void checkDay(String file, int year, DayEntry day, Map<LocalDate, String> seen, List<String> problems) {
        if (day.date() == null) {
            problems.add(file + ": có ngày thiếu ngày tháng (date)" + (day.name() == null ? "." : " (" + day.name() + ")."));
            return;
        }
        String where = file + ", ngày " + VietnameseFormat.date(day.date()) + ": ";
        if (day.date().getYear() != year) {
            problems.add(where + "không thuộc năm " + year + " của tệp.");
        }
        SpecialDayKind kind = kindOf(day.kind());
        if (kind == null) {
            problems.add(where + "loại ngày (kind) phải là HOLIDAY, COMPENSATORY_DAY_OFF hoặc MAKE_UP_WORKING_DAY.");
        } else if (kind == SpecialDayKind.MAKE_UP_WORKING_DAY && !isWeekend(day.date())) {
            problems.add(where + "ngày làm bù phải là thứ Bảy hoặc Chủ nhật.");
        } else if (kind == SpecialDayKind.COMPENSATORY_DAY_OFF && isWeekend(day.date())) {
            problems.add(where + "ngày nghỉ bù phải là ngày làm việc trong tuần (thứ Hai đến thứ Sáu).");
        }
        if (day.name() == null || day.name().isBlank()) {
            problems.add(where + "thiếu tên ngày (name).");
        }
        String label = kind == null ? String.valueOf(day.kind()) : kind.label();
        String earlier = seen.putIfAbsent(day.date(), label);
        if (earlier != null) {
            problems.add(earlier.equals(label)
                    ? where + label + " được liệt kê hai lần."
                    : where + "trùng ngày: vừa là " + earlier + " vừa là " + label + ".");
        }
    }

    private static SpecialDayKind kindOf(String kind) {
        for (SpecialDayKind candidate : SpecialDayKind.values()) {
            if (candidate.name().equals(kind)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
