package kr.innocluster.portal.seminar;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.i18n.PortalI18NProvider;
import kr.innocluster.portal.notification.NotificationService;
import kr.innocluster.portal.notification.OutgoingMail;
import kr.innocluster.portal.seminar.domain.EmailConfirmation;
import kr.innocluster.portal.seminar.domain.Seminar;
import kr.innocluster.portal.seminar.domain.SeminarRegistration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What registrants are told, by mail (queued in the caller's transaction) and as an in-portal notice. Texts come from
 * the seminar message bundle, in the language the registrant chose in the portal (kept with the registration;
 * Korean, the portal's first language, when unknown), whoever's action triggers the mail.
 */
@Component
class SeminarMails {

    static final String MY_SEMINARS = "/my-seminars";
    /** The route of seminar.ui's e-mail confirmation view, followed by the token. */
    static final String CONFIRM_EMAIL = "/seminars/confirm-email/";

    private final NotificationService notifications;
    private final I18NProvider i18n;
    private final DisplayZone zone;
    private final SeminarCalendar calendar;
    private final String baseUrl;

    SeminarMails(NotificationService notifications, I18NProvider i18n, DisplayZone zone, SeminarCalendar calendar,
                 @Value("${portal.base-url}") String baseUrl) {
        this.notifications = notifications;
        this.i18n = i18n;
        this.zone = zone;
        this.calendar = calendar;
        this.baseUrl = baseUrl;
    }

    void confirmed(SeminarRegistration registration) {
        Seminar seminar = registration.getSeminar();
        send(registration, "seminar.mail.confirmed", true, seminar.getTitle(), registration.getName(), when(seminar),
                seminar.getVenue(), TicketCodes.display(registration.getTicketCode()), baseUrl + MY_SEMINARS);
    }

    void waitlisted(SeminarRegistration registration, long position) {
        Seminar seminar = registration.getSeminar();
        send(registration, "seminar.mail.waitlisted", false, seminar.getTitle(), registration.getName(), when(seminar),
                seminar.getVenue(), position, baseUrl + MY_SEMINARS);
    }

    void promoted(SeminarRegistration registration) {
        Seminar seminar = registration.getSeminar();
        send(registration, "seminar.mail.promoted", true, seminar.getTitle(), registration.getName(), when(seminar),
                seminar.getVenue(), TicketCodes.display(registration.getTicketCode()), baseUrl + MY_SEMINARS);
    }

    void seminarCancelled(SeminarRegistration registration) {
        Seminar seminar = registration.getSeminar();
        send(registration, "seminar.mail.cancelled", false, seminar.getTitle(), registration.getName(), when(seminar),
                seminar.getVenue(), "", baseUrl + MY_SEMINARS);
    }

    void survey(SeminarRegistration registration) {
        Seminar seminar = registration.getSeminar();
        send(registration, "seminar.mail.survey", false, seminar.getTitle(), registration.getName(), when(seminar),
                seminar.getVenue(), "", baseUrl + MY_SEMINARS);
    }

    void certificateIssued(SeminarRegistration registration) {
        Seminar seminar = registration.getSeminar();
        send(registration, "seminar.mail.certificate", false, seminar.getTitle(), registration.getName(),
                when(seminar), seminar.getVenue(), verifyUrl(registration.getCertificateCode()),
                baseUrl + MY_SEMINARS);
    }

    /** What the mails and notices about a seminar's registrations copy; deleted with them by {@link RetentionPurge}. */
    static String personalDataRef(Seminar seminar) {
        return personalDataRef(seminar.getId());
    }

    static String personalDataRef(long seminarId) {
        return "seminar:" + seminarId;
    }

    /**
     * The link that confirms an address other than the account's: only a mail (no in-portal notice, no calendar
     * file) to the address to confirm. Params: 0 title, 1 name, 2 when, 3 venue, 4 link, 5 valid until.
     */
    void confirmAddress(Seminar seminar, EmailConfirmation confirmation, String token) {
        Locale language = PortalI18NProvider.supported(confirmation.getLanguage().orElse(PortalI18NProvider.KOREAN));
        Object[] params = {seminar.getTitle(), confirmation.getName(), when(seminar), seminar.getVenue(),
                baseUrl + CONFIRM_EMAIL + token, zone.formatDateTime(confirmation.getExpiresAt())};
        notifications.queueMail(OutgoingMail.of(confirmation.getEmail(),
                i18n.getTranslation("seminar.mail.confirmEmail.subject", language, params),
                i18n.getTranslation("seminar.mail.confirmEmail.body", language, params))
                .about(personalDataRef(seminar)));
    }

    String verifyUrl(String certificateCode) {
        return baseUrl + "/certificates/verify/" + TicketCodes.display(certificateCode);
    }

    private String when(Seminar seminar) {
        return zone.formatDateTime(seminar.getStartsAt()) + " ~ " + zone.formatDateTime(seminar.getEndsAt());
    }

    /** Params: 0 title, 1 name, 2 when, 3 venue, 4 ticket / position / link, 5 my-seminars link. */
    private void send(SeminarRegistration registration, String key, boolean withCalendar, Object... params) {
        Locale language = PortalI18NProvider.supported(registration.getLanguage().orElse(PortalI18NProvider.KOREAN));
        String subject = i18n.getTranslation(key + ".subject", language, params);
        String body = i18n.getTranslation(key + ".body", language, params);
        if (registration.getEmail() != null) {
            OutgoingMail mail = OutgoingMail.of(registration.getEmail(), subject, body)
                    .about(personalDataRef(registration.getSeminar()));
            if (withCalendar) {
                mail = mail.with(new OutgoingMail.MailAttachment("seminar-" + registration.getSeminar().getId() + ".ics",
                        "text/calendar; charset=UTF-8", calendar.ics(registration.getSeminar())));
            }
            notifications.queueMail(mail);
        }
        if (registration.getAttendeeSubject() != null) {
            notifications.notifyUser(registration.getAttendeeSubject(), subject,
                    i18n.getTranslation(key + ".notice", language, params), MY_SEMINARS,
                    personalDataRef(registration.getSeminar()));
        }
    }
}
