package vn.parindex.internalindex;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.calendar.AssessmentYear;
import vn.parindex.calendar.CalendarService;
import vn.parindex.common.ParProperties;
import vn.parindex.deadlines.NoticeContext;
import vn.parindex.deadlines.NoticeContextSource;

/**
 * Tasks of an internal index period are watched under {@code internalIndex:<period id>}: the period's year, the
 * province of that year's data, the default reminder and escalation policy, and notices that name the internal index
 * ("kỳ xác định Chỉ số CCHC của các cơ quan, đơn vị năm N"), not the Ministry's assessment.
 */
@Component
@RequiredArgsConstructor
public class InternalIndexNoticeContexts implements NoticeContextSource {

    public static final String KIND = "internalIndex";

    private final InternalIndexService index;
    private final CalendarService calendar;
    private final ParProperties properties;

    public static String key(long periodId) {
        return NoticeContext.key(KIND, periodId);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public NoticeContext get(long id) {
        Period period = index.get(id);
        String province = calendar.year(period.year()).map(AssessmentYear::province).orElse("tỉnh");
        return new NoticeContext(null, period.year(), province, properties.noticePolicy(),
                "Chỉ số CCHC các cơ quan, đơn vị " + period.year(),
                "kỳ xác định Chỉ số CCHC của các cơ quan, đơn vị năm " + period.year());
    }
}
