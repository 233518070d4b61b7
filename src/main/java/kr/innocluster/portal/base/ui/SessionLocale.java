package kr.innocluster.portal.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import kr.innocluster.portal.base.LanguagePreference;
import kr.innocluster.portal.base.i18n.PortalI18NProvider;
import kr.innocluster.portal.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Chooses each UI's language: the signed-in user's remembered choice, else their Keycloak locale, else Korean
 * (the portal's default, whatever the browser says). Visitors keep their choice for the session.
 */
@Component
class SessionLocale implements VaadinServiceInitListener {

    private static final String ATTRIBUTE = SessionLocale.class.getName();

    private final ObjectProvider<LanguagePreference> languagePreference;
    private final CurrentUser currentUser;

    SessionLocale(ObjectProvider<LanguagePreference> languagePreference, CurrentUser currentUser) {
        this.languagePreference = languagePreference;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(localeFor(init.getUI().getSession())));
    }

    boolean isSignedIn() {
        return currentUser.get().isPresent();
    }

    void change(Locale locale) {
        VaadinSession.getCurrent().setAttribute(key(), PortalI18NProvider.supported(locale));
    }

    private Locale localeFor(VaadinSession session) {
        String key = key();
        Locale locale = (Locale) session.getAttribute(key);
        if (locale == null) {
            LanguagePreference preference = languagePreference.getIfAvailable();
            try {
                locale = preference == null ? PortalI18NProvider.KOREAN
                        : preference.currentUserLanguage().orElse(PortalI18NProvider.KOREAN);
                session.setAttribute(key, locale);
            } catch (RuntimeException databaseAway) {
                // The stored choice cannot be read (database unavailable): Korean for now, asked again next time.
                locale = PortalI18NProvider.KOREAN;
            }
        }
        return locale;
    }

    /** A visitor who signs in gets their own remembered language, not the one they browsed with. */
    private String key() {
        return ATTRIBUTE + currentUser.get().map(user -> ":" + user.subject()).orElse(":visitor");
    }
}
