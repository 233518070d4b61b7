package kr.innocluster.portal.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import kr.innocluster.portal.account.AccountService;
import kr.innocluster.portal.account.AccountSummary;
import kr.innocluster.portal.base.ui.HomeSection;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;

/** Each signed-in user's starting point: what their role does here and shortcuts to everything they may open. */
@Route("home")
@PermitAll
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(AccountService accountService, CurrentUser currentUser, List<HomeSection> sections) {
        addClassName("home");
        PortalUser user = currentUser.require();
        AccountSummary account = accountService.myAccount();
        String role = user.primaryRole();
        setId("home-" + role);

        H2 greeting = new H2(getTranslation("home.greeting", account.displayName()));
        Span roleBadge = new Span(getTranslation("role." + role));
        roleBadge.getElement().getThemeList().add("badge");
        roleBadge.addClassName("role-badge");
        Div header = new Div(greeting, roleBadge, new Paragraph(getTranslation("home.intro." + role)));
        header.addClassName("home-header");
        add(header);

        sections.stream().filter(section -> section.appliesTo(user))
                .sorted(Comparator.comparingInt(HomeSection::order))
                .map(section -> section.create(user)).forEach(this::add);

        add(new H3(getTranslation("home.shortcuts")), shortcuts());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home") + " | " + getTranslation("app.name");
    }

    private Component shortcuts() {
        Div grid = new Div();
        grid.addClassName("card-grid");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (entry.menuClass() == HomeView.class) {
                continue;
            }
            RouterLink link = new RouterLink();
            link.setRoute(entry.menuClass());
            link.addClassName("card");
            link.addClassName("card-link");
            if (entry.icon() != null && !entry.icon().isBlank()) {
                Icon icon = new Icon(entry.icon());
                icon.addClassName("card-icon");
                link.add(icon);
            }
            link.add(new H3(getTranslation(entry.title())), new Paragraph(getTranslation(entry.title() + ".hint")));
            grid.add(link);
        }
        return grid;
    }
}
