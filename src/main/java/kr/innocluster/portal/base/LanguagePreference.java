package kr.innocluster.portal.base;

import java.util.Locale;
import java.util.Optional;

/** Where a signed-in user's language choice is kept; implemented by the account feature. */
public interface LanguagePreference {

    Optional<Locale> currentUserLanguage();

    void rememberCurrentUserLanguage(Locale locale);

    /**
     * The language a person chose (by Keycloak subject id), for mails and notices sent to them by someone else's
     * action or a job; empty when the person never chose one (then Korean applies).
     */
    Optional<Locale> languageOf(String subject);
}
