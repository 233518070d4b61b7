package kr.innocluster.portal.base;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An RFC 5545 calendar file (.ics) with one event, written by hand for every feature that mails or offers one
 * (seminar registrations, pilot-factory bookings): CRLF line endings, text escaped, lines folded at 75 octets without
 * splitting a UTF-8 character, times in UTC.
 */
public final class CalendarFile {

    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private CalendarFile() {
    }

    /**
     * @param status   CONFIRMED, TENTATIVE or CANCELLED
     * @param location, url and sequence may be {@code null} (then left out)
     */
    public record Event(String uid, Instant stamp, Instant start, Instant end, String summary, String location,
                        String description, String url, String status, Long sequence) {
    }

    /** @param product the part of the portal that writes the file, e.g. "Seminars" (goes into PRODID) */
    public static byte[] write(String product, Event event) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//InnoCluster Portal//" + product + "//KO");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + event.uid());
        line(ics, "DTSTAMP:" + UTC.format(event.stamp()));
        line(ics, "DTSTART:" + UTC.format(event.start()));
        line(ics, "DTEND:" + UTC.format(event.end()));
        line(ics, "SUMMARY:" + escape(event.summary()));
        if (event.location() != null) {
            line(ics, "LOCATION:" + escape(event.location()));
        }
        line(ics, "DESCRIPTION:" + escape(event.description()));
        if (event.url() != null) {
            line(ics, "URL:" + event.url());
        }
        line(ics, "STATUS:" + event.status());
        if (event.sequence() != null) {
            line(ics, "SEQUENCE:" + event.sequence());
        }
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends one content line, folded: continuation lines begin with a space (RFC 5545, 3.1). */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        int i = 0;
        while (i < content.length()) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}
