package vn.parindex.referencedata;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.parindex.calendar.DeadlinesOnWorkingDays;
import vn.parindex.calendar.WorkingCalendar;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.referencedata.DataFiles.Loaded;
import vn.parindex.referencedata.DataFiles.YearFile;

/**
 * Puts a year file's calendar on working days before it is stored: a date on a day off moves to the working day
 * before, unless the file lists it under {@code calendar.deliberate}. Each move is logged for the people who keep the
 * data. The stored hash covers the dates used, so a year is stored again when the working calendar moves a date.
 */
@Component
@RequiredArgsConstructor
class YearDeadlineCheck {

    private static final Logger log = LoggerFactory.getLogger(YearDeadlineCheck.class);

    /** How the dates are called in the log, for the people who keep the data. */
    private static final Map<String, String> NAMES = Map.of(
            "planDue", "hạn gửi kế hoạch",
            "selfAssessmentOpens", "ngày mở tự đánh giá",
            "unitScoreDue", "hạn đơn vị gửi kết quả tự chấm",
            "reportToChairmanDue", "hạn trình Chủ tịch",
            "chairmanApprovalDue", "hạn Chủ tịch phê duyệt",
            "ministryDeadline", "hạn gửi Bộ Nội vụ",
            "appraisalDue", "dự kiến có kết quả thẩm định",
            "explanationDue", "hạn gửi báo cáo giải trình",
            "resultsDue", "dự kiến công bố kết quả");

    private final WorkingCalendar workingCalendar;

    /** The file with its calendar on working days, and a hash of the file and the dates used. */
    Loaded<YearFile> onWorkingDays(Loaded<YearFile> loaded) {
        YearFile year = loaded.content();
        if (year.calendar() == null) {
            return loaded;
        }
        var checked = DeadlinesOnWorkingDays.check(year.calendar().dates(), year.calendar().deliberateOrEmpty(),
                workingCalendar::isWorkingDay);
        checked.moved().forEach(moved -> log.warn("Năm {} ({}): {} ({}) ghi ngày {} là ngày nghỉ ({}); hệ thống dùng ngày "
                        + "làm việc liền trước là {}. Nếu cố ý giữ ngày nghỉ, thêm \"{}\" vào calendar.deliberate.",
                year.year(), loaded.fileName(), NAMES.get(moved.key()), moved.key(), day(moved.planned()),
                dayOff(moved.planned()), day(moved.used()), moved.key()));
        checked.keptDeliberately().forEach(key -> log.info("Năm {} ({}): {} ({}) giữ ngày nghỉ {} ({}) vì dữ liệu đánh "
                        + "dấu là cố ý (calendar.deliberate).", year.year(), loaded.fileName(), NAMES.get(key), key,
                day(year.calendar().dates().get(key)), dayOff(year.calendar().dates().get(key))));
        YearFile used = new YearFile(year.year(), year.province(), year.criteriaSet(), year.planParticipants(),
                year.calendar().withDates(checked.used()), year.matrix(), year.duties());
        String hash = DataFileReader.sha256((loaded.hash() + " " + checked.used())
                .getBytes(StandardCharsets.UTF_8));
        return new Loaded<>(loaded.fileName(), hash, used);
    }

    private static String day(LocalDate date) {
        return VietnameseFormat.date(date);
    }

    private String dayOff(LocalDate date) {
        return workingCalendar.dayOffName(date).orElse("ngày làm việc");
    }
}
