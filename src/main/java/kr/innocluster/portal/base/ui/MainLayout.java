package kr.innocluster.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Optional;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;

/**
 * The one main layout: app name, the navigation built from each view's {@code @Menu} (only entries the user may open),
 * the current user, the language switch and logout. Features never register here: their views carry {@code @Menu}.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final SideNav navigation = new SideNav();
    private final Div userMenuSlot = new Div();
    private final CurrentUser currentUser;
    private final AuthenticationContext authenticationContext;
    private final MenuEntries menuEntries;
    private Optional<PortalUser> shownUser;
    private List<String> shownMenu = List.of();

    MainLayout(CurrentUser currentUser, AuthenticationContext authenticationContext, LanguageSwitch languageSwitch,
            MenuEntries menuEntries) {
        this.currentUser = currentUser;
        this.authenticationContext = authenticationContext;
        this.menuEntries = menuEntries;
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        viewTitle.addClassName("view-title");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu.toggle"));
        showUser(currentUser.get());
        HorizontalLayout navbar = new HorizontalLayout(toggle, viewTitle, spacer(), languageSwitch, userMenuSlot);
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.addClassName("navbar");
        addToNavbar(navbar);

        navigation.addClassName("main-nav");
        addToDrawer(brand(), new Scroller(navigation), footer());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // roles can change in an open session (security.SessionRoleRefresh): menu and user badge follow them
        Optional<PortalUser> user = currentUser.get();
        if (!user.equals(shownUser)) {
            showUser(user);
        }
        List<MenuEntry> entries = menuEntries.forCurrentUser();
        viewTitle.setText("");
        for (MenuEntry entry : entries) {
            if (getContent() != null && entry.menuClass() == getContent().getClass()) {
                viewTitle.setText(getTranslation(entry.title()));
            }
        }
        // the menu is rebuilt only when it changes (roles, language): rebuilding it at every navigation cost a second
        // round trip per click (the new items' initial events) and new state nodes each time
        List<String> menu = entries.stream()
                .map(entry -> entry.path() + '|' + getTranslation(entry.title()) + '|' + entry.icon())
                .toList();
        if (menu.equals(shownMenu)) {
            return;
        }
        shownMenu = menu;
        navigation.removeAll();
        for (MenuEntry entry : entries) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            navigation.addItem(item);
        }
    }

    private void showUser(Optional<PortalUser> user) {
        shownUser = user;
        userMenuSlot.removeAll();
        userMenuSlot.add(new UserMenu(currentUser, authenticationContext));
    }

    private Component brand() {
        Anchor brand = new Anchor("", "");
        brand.addClassName("brand");
        Span mark = new Span("IC");
        mark.addClassName("brand-mark");
        Div text = new Div(new Span(getTranslation("app.name")), new Span(getTranslation("app.organisation")));
        text.addClassName("brand-text");
        brand.add(mark, text);
        return brand;
    }

    private Component footer() {
        Div footer = new Div(new Span(getTranslation("layout.footer")));
        footer.addClassName("drawer-footer");
        return footer;
    }

    private static Component spacer() {
        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        return spacer;
    }
}
