package kr.innocluster.portal.program;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import kr.innocluster.portal.base.LanguagePreference;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.base.i18n.PortalI18NProvider;
import kr.innocluster.portal.company.CompanyMember;
import kr.innocluster.portal.company.CompanyMemberService;
import kr.innocluster.portal.notification.NotificationService;
import kr.innocluster.portal.notification.OutgoingMail;
import kr.innocluster.portal.program.domain.GrantApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells the applicant company about each decision, by mail and in the portal, inside the decision's transaction (the
 * notification feature sends the mail after commit and retries). The company's current members are told, as the
 * company registry knows them at the time of the decision: someone who started the draft and has since left the
 * company learns nothing more, a colleague who joined since is told. Texts come from the program bundle
 * ({@code program.mail.<decision>.title/text}) in each member's chosen language (the language stored with the
 * application for a member who never chose one).
 */
@Component
class DecisionNotices {

    private final NotificationService notifications;
    private final CompanyMemberService companyMembers;
    private final I18NProvider i18n;
    private final LanguagePreference languages;
    private final String baseUrl;

    DecisionNotices(NotificationService notifications, CompanyMemberService companyMembers, I18NProvider i18n,
                    LanguagePreference languages, @Value("${portal.base-url}") String baseUrl) {
        this.notifications = notifications;
        this.companyMembers = companyMembers;
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

    /**
     * Text params: 0 program title, 1 project title, 2 what the decision adds (amount, reason, note). Decisions are
     * made by officials, who may read every company's members.
     */
    private void send(GrantApplication a, String key, String detail) {
        String link = "my-applications/" + a.getId();
        for (CompanyMember member : companyMembers.members(a.getCompanyId())) {
            Locale locale = languageOf(member.subject(), a);
            String title = i18n.getTranslation(key + ".title", locale);
            String text = i18n.getTranslation(key + ".text", locale, a.getProgram().getTitle(), a.getProjectTitle(),
                    detail);
            notifications.notifyUser(member.subject(), title, text, link);
            if (member.email() != null && !member.email().isBlank()) {
                notifications.queueMail(OutgoingMail.of(member.email(),
                        i18n.getTranslation("program.mail.subject", locale, title),
                        i18n.getTranslation("program.mail.body", locale, member.displayName(), text,
                                baseUrl + "/" + link)));
            }
        }
    }

    /** The member's current choice; the language stored with the application if they never chose one. */
    private Locale languageOf(String subject, GrantApplication a) {
        Locale stored = a.getApplicantLanguage() == null ? null : Locale.forLanguageTag(a.getApplicantLanguage());
        return PortalI18NProvider.supported(languages.languageOf(subject).orElse(stored));
    }
}
