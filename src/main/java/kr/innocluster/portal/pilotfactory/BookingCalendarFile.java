package kr.innocluster.portal.pilotfactory;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import kr.innocluster.portal.pilotfactory.domain.Booking;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** An RFC 5545 calendar file (.ics) for one booking: CRLF lines, folded at 75 octets, times in UTC. */
@Component
class BookingCalendarFile {

    static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final String host;

    BookingCalendarFile(@Value("${portal.base-url}") String baseUrl) {
        String parsed = URI.create(baseUrl).getHost();
        this.host = parsed == null ? "innocluster.portal" : parsed;
    }

    static String fileName(long bookingId) {
        return "pilot-factory-booking-" + bookingId + ".ics";
    }

    byte[] write(Booking booking, String resourceName, String location, String summary, String description,
                 Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//InnoCluster Portal//Pilot Factory//KO");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:pf-booking-" + booking.getId() + "@" + host);
        line(ics, "DTSTAMP:" + UTC.format(now));
        line(ics, "DTSTART:" + UTC.format(booking.getStartsAt()));
        line(ics, "DTEND:" + UTC.format(booking.getEndsAt()));
        line(ics, "SUMMARY:" + escape(summary + " - " + resourceName));
        if (location != null) {
            line(ics, "LOCATION:" + escape(location));
        }
        line(ics, "DESCRIPTION:" + escape(description));
        line(ics, "STATUS:" + switch (booking.getStatus()) {
            case APPROVED -> "CONFIRMED";
            case REQUESTED -> "TENTATIVE";
            case REJECTED, CANCELLED -> "CANCELLED";
        });
        line(ics, "SEQUENCE:" + booking.getVersion());
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Appends one content line, folded so that no physical line exceeds 75 octets (never inside a character). */
    static void line(StringBuilder out, String content) {
        ByteArrayOutputStream current = new ByteArrayOutputStream();
        int limit = 75;
        int offset = 0;
        while (offset < content.length()) {
            int codePoint = content.codePointAt(offset);
            byte[] bytes = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
            if (current.size() + bytes.length > limit) {
                out.append(current.toString(StandardCharsets.UTF_8)).append("\r\n ");
                current.reset();
                limit = 74;
            }
            current.writeBytes(bytes);
            offset += Character.charCount(codePoint);
        }
        out.append(current.toString(StandardCharsets.UTF_8)).append("\r\n");
    }
}
