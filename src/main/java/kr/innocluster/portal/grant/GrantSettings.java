package kr.innocluster.portal.grant;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kr.innocluster.portal.grant.domain.ProjectStore;
import org.springframework.stereotype.Component;

/** A program's post-award settings: the stored ones, or the defaults (names from the Korean bundle). */
@Component
class GrantSettings {

    private final ProjectStore store;
    private final I18NProvider i18n;

    GrantSettings(ProjectStore store, I18NProvider i18n) {
        this.store = store;
        this.i18n = i18n;
    }

    ProgramSettings of(long programId) {
        return store.settings(programId).orElseGet(() -> ProgramSettings.defaults(programId,
                list("grant.defaults.categories"), list("grant.defaults.kpis")));
    }

    private List<String> list(String key) {
        return Arrays.stream(i18n.getTranslation(key, Locale.KOREAN).split("\\|")).map(String::strip).toList();
    }
}
