package kr.innocluster.portal.base;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The zone every date and time is shown in (Asia/Seoul); storage stays in {@link Instant}. */
public record DisplayZone(ZoneId zoneId) {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public ZonedDateTime toZoned(Instant instant) {
        return instant.atZone(zoneId);
    }

    public String formatDate(Instant instant) {
        return instant == null ? "" : DATE.format(toZoned(instant));
    }

    public String formatDateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(toZoned(instant));
    }
}
