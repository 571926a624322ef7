package vn.parindex.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Times on our pages and in e-mails, always in Vietnam's zone: {@code ${@vnTime.format(x, 'HH:mm dd/MM/yyyy')}}.
 * Timestamps read from PostgreSQL come back with a UTC offset; formatting them as they are would show 10:00 for a
 * 17:00 deadline.
 */
@Component("vnTime")
@RequiredArgsConstructor
public class PageTime {

    private final ZoneId zone;

    public String format(Object value, String pattern) {
        if (value == null) {
            return "";
        }
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern(pattern);
        if (value instanceof OffsetDateTime instant) {
            return instant.atZoneSameInstant(zone).format(formatter);
        }
        if (value instanceof ZonedDateTime instant) {
            return instant.withZoneSameInstant(zone).format(formatter);
        }
        if (value instanceof Instant instant) {
            return instant.atZone(zone).format(formatter);
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant().atZone(zone).format(formatter);
        }
        return value instanceof TemporalAccessor temporal ? formatter.format(temporal) : value.toString();
    }
}
