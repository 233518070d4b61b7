package kr.innocluster.portal.pilotfactory;

import java.time.Clock;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.i18n.PortalI18NProvider;
import kr.innocluster.portal.notification.NotificationService;
import kr.innocluster.portal.notification.OutgoingMail;
import kr.innocluster.portal.pilotfactory.domain.Booking;
import kr.innocluster.portal.pilotfactory.domain.FactoryResource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Mails and in-portal notices about a booking, queued in the caller's transaction: approval (with the .ics), rejection,
 * cancellation by the factory, and the reminder the day before. Written in Korean, the portal's first language.
 */
@Component
class BookingMails {

    private final NotificationService notifications;
    private final PortalI18NProvider i18n;
    private final BookingCalendarFile calendarFile;
    private final DisplayZone displayZone;
    private final Clock clock;
    private final String baseUrl;

    BookingMails(NotificationService notifications, PortalI18NProvider i18n, BookingCalendarFile calendarFile,
                 DisplayZone displayZone, Clock clock, @Value("${portal.base-url}") String baseUrl) {
        this.notifications = notifications;
        this.i18n = i18n;
        this.calendarFile = calendarFile;
        this.displayZone = displayZone;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    void approved(Booking booking, FactoryResource resource) {
        send(booking, resource, "pf.mail.approved", true);
    }

    void rejected(Booking booking, FactoryResource resource) {
        send(booking, resource, "pf.mail.rejected", false);
    }

    void cancelledByFactory(Booking booking, FactoryResource resource) {
        send(booking, resource, "pf.mail.cancelled", false);
    }

    void reminder(Booking booking, FactoryResource resource) {
        send(booking, resource, "pf.mail.reminder", true);
    }

    byte[] ics(Booking booking, FactoryResource resource) {
        String description = text("pf.ics.description", booking.getCompanyName(), booking.getPurpose(),
                booking.getSolution(), booking.getVisitors());
        String location = resource.getLocation() == null ? resource.getSite()
                : resource.getSite() + " " + resource.getLocation();
        return calendarFile.write(booking, resource.getName(), location, text("pf.ics.summary"), description,
                clock.instant());
    }

    private void send(Booking booking, FactoryResource resource, String key, boolean withCalendar) {
        String when = displayZone.formatDateTime(booking.getStartsAt()) + " ~ "
                + displayZone.formatDateTime(booking.getEndsAt());
        String reason = booking.getDecisionReason() == null ? "-" : booking.getDecisionReason();
        String subject = text(key + ".subject", resource.getName(), displayZone.formatDate(booking.getStartsAt()));
        String body = text(key + ".body", booking.getRequesterName(), resource.getName(), when, booking.getSolution(),
                reason, baseUrl + "/pilot-factory/my");
        notifications.notifyUser(booking.getRequesterSubject(), subject, reason.equals("-") ? when : when + " · " + reason,
                "/pilot-factory/my");
        if (booking.getRequesterEmail() == null || booking.getRequesterEmail().isBlank()) {
            return;
        }
        OutgoingMail mail = OutgoingMail.of(booking.getRequesterEmail(), subject, body);
        if (withCalendar) {
            mail = mail.with(new OutgoingMail.MailAttachment(BookingCalendarFile.fileName(booking.getId()),
                    BookingCalendarFile.CONTENT_TYPE, ics(booking, resource)));
        }
        notifications.queueMail(mail);
    }

    private String text(String key, Object... params) {
        return i18n.getTranslation(key, PortalI18NProvider.KOREAN, params);
    }
}
