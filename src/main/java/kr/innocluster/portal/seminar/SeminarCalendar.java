package kr.innocluster.portal.seminar;

import kr.innocluster.portal.base.CalendarFile;
import java.net.URI;
import java.time.Clock;
import kr.innocluster.portal.seminar.domain.Seminar;
import kr.innocluster.portal.seminar.domain.SeminarSession;
import kr.innocluster.portal.base.DisplayZone;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The .ics file of a seminar: one event with the programme in the description and a link to its page. */
@Component
class SeminarCalendar {

    private final Clock clock;
    private final DisplayZone zone;
    private final String baseUrl;

    SeminarCalendar(Clock clock, DisplayZone zone, @Value("${portal.base-url}") String baseUrl) {
        this.clock = clock;
        this.zone = zone;
        this.baseUrl = baseUrl;
    }

    byte[] ics(Seminar seminar) {
        StringBuilder description = new StringBuilder();
        if (seminar.getDescription() != null && !seminar.getDescription().isBlank()) {
            description.append(seminar.getDescription().strip()).append("\n\n");
        }
        for (SeminarSession session : seminar.getSessions()) {
            description.append(zone.toZoned(session.getStartsAt()).toLocalTime()).append('-')
                    .append(zone.toZoned(session.getEndsAt()).toLocalTime()).append(' ').append(session.getTopic());
            if (session.getSpeaker() != null && !session.getSpeaker().isBlank()) {
                description.append(" (").append(session.getSpeaker());
                if (session.getAffiliation() != null && !session.getAffiliation().isBlank()) {
                    description.append(", ").append(session.getAffiliation());
                }
                description.append(')');
            }
            description.append('\n');
        }
        if (seminar.getOnlineUrl() != null && !seminar.getOnlineUrl().isBlank()) {
            description.append(seminar.getOnlineUrl()).append('\n');
        }
        String url = baseUrl + "/seminars/" + seminar.getId();
        boolean cancelled = seminar.getStatus() == SeminarStatus.CANCELLED;
        return CalendarFile.write("Seminars", new CalendarFile.Event("seminar-" + seminar.getId() + "@" + host(),
                clock.instant(), seminar.getStartsAt(), seminar.getEndsAt(), seminar.getTitle(), seminar.getVenue(),
                description.toString().strip(), url, cancelled ? "CANCELLED" : "CONFIRMED", null));
    }

    private String host() {
        String host = URI.create(baseUrl).getHost();
        return host == null ? "innocluster.portal" : host;
    }
}
