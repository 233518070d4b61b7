package kr.innocluster.portal.base;

import java.util.Locale;
import java.util.Optional;

/** Where a signed-in user's language choice is kept; implemented by the account feature. */
public interface LanguagePreference {

    Optional<Locale> currentUserLanguage();

    void rememberCurrentUserLanguage(Locale locale);
}
