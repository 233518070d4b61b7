package kr.innocluster.portal.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.Locale;
import kr.innocluster.portal.base.LanguagePreference;
import kr.innocluster.portal.base.i18n.PortalI18NProvider;
import org.springframework.beans.factory.ObjectProvider;

/** 한국어 / English; a signed-in user's choice is remembered for their next sessions. */
@SpringComponent
@UIScope
class LanguageSwitch extends Composite<Select<Locale>> {

    LanguageSwitch(ObjectProvider<LanguagePreference> languagePreference, SessionLocale sessionLocale) {
        Select<Locale> select = getContent();
        select.addClassName("language-switch");
        select.setItems(PortalI18NProvider.KOREAN, PortalI18NProvider.ENGLISH);
        // each language named in itself (한국어, English), so a user who cannot read the current one still finds theirs
        select.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        select.setValue(PortalI18NProvider.supported(UI.getCurrent().getLocale()));
        select.setAriaLabel(getTranslation("layout.language"));
        select.addValueChangeListener(event -> {
            if (!event.isFromClient() || event.getValue() == null) {
                return;
            }
            sessionLocale.change(event.getValue());
            if (sessionLocale.isSignedIn()) {
                languagePreference.ifAvailable(preference -> preference.rememberCurrentUserLanguage(event.getValue()));
            }
            UI.getCurrent().getPage().reload();
        });
    }
}
