package kr.innocluster.portal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a sign-in goes while the sign-in service (Keycloak) does not answer: the portal's own page, in the user's
 * language, instead of the browser's "This site can't be reached". People who are signed in keep working.
 */
@Route("sign-in-unavailable")
@AnonymousAllowed
public class SignInUnavailableView extends FriendlyMessage implements HasDynamicTitle {

    /** The path the security configuration sends a sign-in to while Keycloak is away. */
    public static final String PATH = "/sign-in-unavailable";

    SignInUnavailableView() {
        show("sign-in-unavailable", "signin.unavailable.title", "signin.unavailable.text");
        Anchor again = new Anchor(UserMenu.LOGIN_URL, getTranslation("signin.unavailable.retry"));
        again.setRouterIgnore(true);
        again.setId("sign-in-again");
        add(again);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signin.unavailable.title") + " | " + getTranslation("app.name");
    }
}
