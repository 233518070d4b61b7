package kr.innocluster.portal.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;

/** The signed-in user's name with "my account" and logout, or a sign-in button for visitors. */
class UserMenu extends Composite<HorizontalLayout> {

    static final String LOGIN_URL = "/oauth2/authorization/keycloak";

    UserMenu(CurrentUser currentUser, AuthenticationContext authenticationContext) {
        HorizontalLayout layout = getContent();
        layout.setSpacing(false);
        layout.addClassName("user-menu");
        currentUser.get().ifPresentOrElse(user -> layout.add(menuFor(user, authenticationContext)), () -> {
            Anchor login = new Anchor(LOGIN_URL, "");
            login.setRouterIgnore(true);
            Button button = new Button(getTranslation("layout.login"));
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            login.add(button);
            login.addClassName("login-link");
            layout.add(login);
        });
    }

    private MenuBar menuFor(PortalUser user, AuthenticationContext authenticationContext) {
        MenuBar menuBar = new MenuBar();
        menuBar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menuBar.addClassName("user-menu-bar");
        Avatar avatar = new Avatar(user.displayName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        Span name = new Span(user.displayName());
        name.addClassName("user-name");
        Span role = new Span(getTranslation("role." + user.primaryRole()));
        role.getElement().getThemeList().add("badge contrast small");
        HorizontalLayout label = new HorizontalLayout(avatar, name, role);
        label.setAlignItems(HorizontalLayout.Alignment.CENTER);
        label.setSpacing(true);
        MenuItem root = menuBar.addItem(label);
        root.getElement().setAttribute("aria-label", getTranslation("layout.user.menu"));
        root.getSubMenu().addItem(getTranslation("layout.account"), e -> getUI().ifPresent(ui -> ui.navigate("account")));
        root.getSubMenu().addItem(getTranslation("layout.logout"), e -> authenticationContext.logout());
        return menuBar;
    }
}
