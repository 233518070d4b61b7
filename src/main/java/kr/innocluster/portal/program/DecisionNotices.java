package kr.innocluster.portal.program;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import kr.innocluster.portal.base.LanguagePreference;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.base.i18n.PortalI18NProvider;
import kr.innocluster.portal.notification.NotificationService;
import kr.innocluster.portal.notification.OutgoingMail;
import kr.innocluster.portal.program.domain.GrantApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells the applicant about each decision, by mail and in the portal, inside the decision's transaction (the
 * notification feature sends the mail after commit and retries). Texts come from the program bundle
 * ({@code program.mail.<decision>.title/text}) in the language the applicant chose.
 */
@Component
class DecisionNotices {

    private final NotificationService notifications;
    private final I18NProvider i18n;
    private final LanguagePreference languages;
    private final String baseUrl;

    DecisionNotices(NotificationService notifications, I18NProvider i18n, LanguagePreference languages,
                    @Value("${portal.base-url}") String baseUrl) {
        this.notifications = notifications;
        this.i18n = i18n;
        this.languages = languages;
        this.baseUrl = baseUrl;
    }

    void selected(GrantApplication a) {
        send(a, "program.mail.selected", Money.won(a.getGrantedAmount()));
    }

    void rejected(GrantApplication a) {
        send(a, "program.mail.rejected", a.getDecisionReason());
    }

    void correctionRequested(GrantApplication a) {
        send(a, "program.mail.correction", a.getCorrectionNote());
    }

    void agreementReady(GrantApplication a) {
        send(a, "program.mail.agreement", "");
    }

    /** Text params: 0 program title, 1 project title, 2 what the decision adds (amount, reason, note). */
    private void send(GrantApplication a, String key, String detail) {
        Locale locale = languageOf(a);
        String title = i18n.getTranslation(key + ".title", locale);
        String text = i18n.getTranslation(key + ".text", locale, a.getProgram().getTitle(), a.getProjectTitle(),
                detail);
        String link = "my-applications/" + a.getId();
        notifications.notifyUser(a.getApplicantSubject(), title, text, link);
        if (a.getApplicantEmail() != null && !a.getApplicantEmail().isBlank()) {
            notifications.queueMail(OutgoingMail.of(a.getApplicantEmail(),
                    i18n.getTranslation("program.mail.subject", locale, title),
                    i18n.getTranslation("program.mail.body", locale, a.getApplicantName(), text,
                            baseUrl + "/" + link)));
        }
    }

    /** The applicant's current choice; the language stored with the application if they never chose one. */
    private Locale languageOf(GrantApplication a) {
        Locale stored = a.getApplicantLanguage() == null ? null : Locale.forLanguageTag(a.getApplicantLanguage());
        return PortalI18NProvider.supported(languages.languageOf(a.getApplicantSubject()).orElse(stored));
    }
}
