package kr.innocluster.portal.matching;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import kr.innocluster.portal.base.LanguagePreference;
import kr.innocluster.portal.notification.NotificationService;
import org.springframework.stereotype.Component;

/** In-portal notices in the recipient's language ({@code <key>.title}, {@code <key>.text}). */
@Component
class MatchingTexts {

    private final I18NProvider i18n;
    private final LanguagePreference languages;
    private final NotificationService notifications;

    MatchingTexts(I18NProvider i18n, LanguagePreference languages, NotificationService notifications) {
        this.i18n = i18n;
        this.languages = languages;
        this.notifications = notifications;
    }

    void notify(String subject, String key, String link, Object... args) {
        Locale locale = languages.languageOf(subject).orElse(Locale.KOREAN);
        notifications.notifyUser(subject, i18n.getTranslation(key + ".title", locale, args),
                i18n.getTranslation(key + ".text", locale, args), link);
    }
}
