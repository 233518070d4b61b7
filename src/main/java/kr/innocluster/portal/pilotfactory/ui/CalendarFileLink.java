package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import kr.innocluster.portal.pilotfactory.BookingService;

/** A link that downloads the .ics file of one booking; the service checks access when the file is requested. */
class CalendarFileLink extends Anchor {

    CalendarFileLink(BookingService bookings, long bookingId) {
        super(DownloadHandler.fromInputStream(event -> {
            byte[] ics = bookings.calendarFile(bookingId);
            return new DownloadResponse(new ByteArrayInputStream(ics), "pilot-factory-booking-" + bookingId + ".ics",
                    "text/calendar", ics.length);
        }), "");
        add(VaadinIcon.CALENDAR_O.create());
        setTitle(getTranslation("pf.ics.download"));
        getElement().setAttribute("aria-label", getTranslation("pf.ics.download"));
        addClassName("pf-ics");
    }
}
