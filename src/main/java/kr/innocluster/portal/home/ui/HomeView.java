package kr.innocluster.portal.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import kr.innocluster.portal.account.AccountService;
import kr.innocluster.portal.account.AccountSummary;
import kr.innocluster.portal.base.ui.HomeSection;
import kr.innocluster.portal.base.ui.MenuEntries;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;
import org.springframework.web.util.HtmlUtils;

/** Each signed-in user's starting point: what their role does here and shortcuts to everything they may open. */
@Route("home")
@PermitAll
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(AccountService accountService, CurrentUser currentUser, List<HomeSection> sections,
            MenuEntries menuEntries) {
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

        add(new H3(getTranslation("home.shortcuts")), shortcuts(menuEntries));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home") + " | " + getTranslation("app.name");
    }

    /**
     * One card per menu entry. Rendered as one HTML fragment (anchors with {@code router-link}, which the client
     * routes like a {@link com.vaadin.flow.router.RouterLink}) instead of six components per card: the home page is
     * the page every signed-in user keeps open, and each component is server-side state for the whole session.
     */
    private Component shortcuts(MenuEntries menuEntries) {
        StringBuilder html = new StringBuilder("<div class=\"card-grid\">");
        for (MenuEntry entry : menuEntries.forCurrentUser()) {
            if (entry.menuClass() == HomeView.class) {
                continue;
            }
            html.append("<a class=\"card card-link\" router-link href=\"").append(escape(entry.path())).append("\">");
            if (entry.icon() != null && !entry.icon().isBlank()) {
                html.append("<vaadin-icon class=\"card-icon\" icon=\"").append(escape(entry.icon()))
                        .append("\"></vaadin-icon>");
            }
            html.append("<h3>").append(escape(getTranslation(entry.title()))).append("</h3><p>")
                    .append(escape(getTranslation(entry.title() + ".hint"))).append("</p></a>");
        }
        return new Html(html.append("</div>").toString());
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
