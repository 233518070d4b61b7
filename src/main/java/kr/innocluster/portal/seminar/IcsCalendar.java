package kr.innocluster.portal.seminar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An RFC 5545 calendar file with one event, written by hand: CRLF line endings, text escaped, lines folded at
 * 75 octets without splitting a UTF-8 character, times in UTC.
 */
final class IcsCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private IcsCalendar() {
    }

    record Event(String uid, Instant stamp, Instant start, Instant end, String summary, String location,
                 String description, String url, boolean cancelled) {
    }

    static byte[] of(Event event) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//InnoCluster Portal//Seminars//KO");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + event.uid());
        line(ics, "DTSTAMP:" + UTC.format(event.stamp()));
        line(ics, "DTSTART:" + UTC.format(event.start()));
        line(ics, "DTEND:" + UTC.format(event.end()));
        line(ics, "SUMMARY:" + escape(event.summary()));
        line(ics, "LOCATION:" + escape(event.location()));
        line(ics, "DESCRIPTION:" + escape(event.description()));
        if (event.url() != null) {
            line(ics, "URL:" + event.url());
        }
        line(ics, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
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
