package kr.innocluster.portal.company;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Instant;
import java.util.Locale;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.company.domain.JoinRequest;
import kr.innocluster.portal.notification.NotificationService;
import kr.innocluster.portal.notification.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the company feature mails and notifies, queued in the caller's transaction. Texts come from the company
 * bundle in the recipient's language: a requester's language is kept with their request; an invited person may have
 * no account yet, so their invitation is written in the inviting colleague's language.
 */
@Component
class CompanyMails {

    /** Where a person's way into a company continues: it shows their current state. */
    static final String START = "/my-company/start";

    private final NotificationService notifications;
    private final I18NProvider i18n;
    private final DisplayZone zone;
    private final String baseUrl;

    CompanyMails(NotificationService notifications, I18NProvider i18n, DisplayZone zone,
                 @Value("${portal.base-url}") String baseUrl) {
        this.notifications = notifications;
        this.i18n = i18n;
        this.zone = zone;
        this.baseUrl = baseUrl;
    }

    /** The only place the token appears in clear: the link of the invitation mail. */
    void invitation(String to, String token, String companyName, String invitedBy, Instant expiresAt,
                    Locale language) {
        Object[] params = {companyName, invitedBy, to, zone.formatDateTime(expiresAt),
                baseUrl + "/invitations/" + token};
        notifications.queueMail(OutgoingMail.of(to,
                i18n.getTranslation("company.mail.invitation.subject", language, params),
                i18n.getTranslation("company.mail.invitation.body", language, params)));
    }

    /** Tells the requester that the manager approved or declined (reason optional). */
    void joinDecided(JoinRequest request, String companyName) {
        Locale language = Locale.forLanguageTag(request.getRequesterLanguage());
        String key = "company.mail.join." + request.getStatus().name();
        String reason = request.getReason() == null ? "" : i18n.getTranslation("company.mail.join.reason", language,
                request.getReason());
        Object[] params = {companyName, request.getRequesterName(), reason, baseUrl + START};
        String subject = i18n.getTranslation(key + ".subject", language, params);
        notifications.queueMail(OutgoingMail.of(request.getRequesterEmail(), subject,
                i18n.getTranslation(key + ".body", language, params)));
        notifications.notifyUser(request.getRequesterSubject(), subject,
                i18n.getTranslation(key + ".notice", language, params), START);
    }
}
