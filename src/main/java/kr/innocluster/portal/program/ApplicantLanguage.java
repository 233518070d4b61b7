package kr.innocluster.portal.program;

import java.util.Locale;
import kr.innocluster.portal.base.LanguagePreference;
import kr.innocluster.portal.program.domain.GrantApplication;
import kr.innocluster.portal.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The language decisions about an application are written in: the applicant's chosen language, taken from their
 * language preference whenever the applicant themselves starts or submits it (another member of the company acting
 * on it does not change it).
 */
@Component
class ApplicantLanguage {

    private final ObjectProvider<LanguagePreference> preferences;
    private final CurrentUser currentUser;

    ApplicantLanguage(ObjectProvider<LanguagePreference> preferences, CurrentUser currentUser) {
        this.preferences = preferences;
        this.currentUser = currentUser;
    }

    void remember(GrantApplication application) {
        boolean applicant = currentUser.get().filter(u -> u.subject().equals(application.getApplicantSubject()))
                .isPresent();
        LanguagePreference preference = preferences.getIfAvailable();
        if (applicant && preference != null) {
            preference.currentUserLanguage().map(Locale::getLanguage).ifPresent(application::applicantLanguage);
        }
    }
}
