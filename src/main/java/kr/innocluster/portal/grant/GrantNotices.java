package kr.innocluster.portal.grant;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import kr.innocluster.portal.base.LanguagePreference;
import kr.innocluster.portal.base.i18n.PortalI18NProvider;
import kr.innocluster.portal.grant.domain.ProjectRow;
import kr.innocluster.portal.notification.NotificationService;
import kr.innocluster.portal.notification.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells the company's applicant about a decision or a due date, in the portal and by mail, in their language, inside
 * the caller's transaction (the mail goes out after commit). Texts: {@code grant.mail.<kind>.title/text} with
 * params 0 project title, 1 program title, 2 the detail.
 */
@Component
class GrantNotices {

    private final NotificationService notifications;
    private final I18NProvider i18n;
    private final LanguagePreference languages;
    private final String baseUrl;

    GrantNotices(NotificationService notifications, I18NProvider i18n, LanguagePreference languages,
                 @Value("${portal.base-url}") String baseUrl) {
        this.notifications = notifications;
        this.i18n = i18n;
        this.languages = languages;
        this.baseUrl = baseUrl;
    }

    void send(ProjectRow p, String kind, String detail) {
        Locale locale = PortalI18NProvider.supported(languages.languageOf(p.applicantSubject()).orElse(Locale.KOREAN));
        String title = i18n.getTranslation("grant.mail." + kind + ".title", locale);
        String text = i18n.getTranslation("grant.mail." + kind + ".text", locale, p.projectTitle(), p.programTitle(),
                detail == null ? "" : detail);
        String link = "grant/" + p.id();
        notifications.notifyUser(p.applicantSubject(), title, text, link);
        if (p.applicantEmail() != null && !p.applicantEmail().isBlank()) {
            notifications.queueMail(OutgoingMail.of(p.applicantEmail(),
                    i18n.getTranslation("grant.mail.subject", locale, title),
                    i18n.getTranslation("grant.mail.body", locale, p.applicantName() == null ? "" : p.applicantName(),
                            text, baseUrl + "/" + link)));
        }
    }
}
