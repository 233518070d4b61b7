package kr.innocluster.portal.pilotfactory;

import java.net.URI;
import java.time.Instant;
import kr.innocluster.portal.base.CalendarFile;
import kr.innocluster.portal.pilotfactory.domain.Booking;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The calendar file (.ics) of one booking; its status follows the booking's and SEQUENCE its version. */
@Component
class BookingCalendarFile {

    static final String CONTENT_TYPE = CalendarFile.CONTENT_TYPE;

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
        String status = switch (booking.getStatus()) {
            case APPROVED -> "CONFIRMED";
            case REQUESTED -> "TENTATIVE";
            case REJECTED, CANCELLED -> "CANCELLED";
        };
        return CalendarFile.write("Pilot Factory", new CalendarFile.Event("pf-booking-" + booking.getId() + "@" + host,
                now, booking.getStartsAt(), booking.getEndsAt(), summary + " - " + resourceName, location,
                description, null, status, booking.getVersion()));
    }
}
