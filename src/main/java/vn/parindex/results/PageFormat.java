package vn.parindex.results;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import lombok.RequiredArgsConstructor;
import vn.parindex.common.VietnameseFormat;

/**
 * How our result and remediation pages write numbers and times: points Vietnamese style (12,5), differences with
 * their sign (−0,5), and instants in Vietnam's zone (PostgreSQL hands timestamps back in UTC).
 */
@RequiredArgsConstructor
public final class PageFormat {

    private final ZoneId zone;

    public String of(BigDecimal points) {
        return points == null ? "" : VietnameseFormat.points(points);
    }

    public String signed(BigDecimal points) {
        if (points == null) {
            return "";
        }
        return (points.signum() > 0 ? "+" : points.signum() < 0 ? "−" : "") + VietnameseFormat.points(points.abs());
    }

    /** 17:00 28/02/2026 */
    public String dateTime(OffsetDateTime instant) {
        return VietnameseFormat.dateTime(instant, zone);
    }

    /** 28/02/2026 */
    public String date(OffsetDateTime instant) {
        return instant == null ? "" : VietnameseFormat.date(instant.atZoneSameInstant(zone).toLocalDate());
    }
}
