package kr.innocluster.portal.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Comparator;
import java.util.List;
import kr.innocluster.portal.base.ui.LandingSection;
import kr.innocluster.portal.security.CurrentUser;

/** The public face of the techno-park; a signed-in user goes straight to their own home page. */
@Route("")
@AnonymousAllowed
class LandingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;

    LandingView(CurrentUser currentUser, List<LandingSection> sections) {
        this.currentUser = currentUser;
        addClassName("landing");
        setPadding(true);
        add(hero(), pillars());
        sections.stream().sorted(Comparator.comparingInt(LandingSection::order)).map(LandingSection::create)
                .forEach(this::add);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo(HomeView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }

    private Component hero() {
        H1 title = new H1(getTranslation("landing.hero.title"));
        Paragraph lead = new Paragraph(getTranslation("landing.hero.lead"));
        Anchor login = new Anchor("/oauth2/authorization/keycloak", "");
        login.setRouterIgnore(true);
        Button button = new Button(getTranslation("landing.hero.login"), VaadinIcon.SIGN_IN.create());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        login.add(button);
        Paragraph signUpHint = new Paragraph(getTranslation("landing.hero.signupHint"));
        signUpHint.addClassName("hint");
        Div hero = new Div(title, lead, login, signUpHint);
        hero.addClassName("hero");
        return hero;
    }

    private Component pillars() {
        Div pillars = new Div(
                pillar(VaadinIcon.MONEY, "landing.pillar.programs"),
                pillar(VaadinIcon.CALENDAR_USER, "landing.pillar.seminars"),
                pillar(VaadinIcon.FACTORY, "landing.pillar.factory"),
                pillar(VaadinIcon.BUILDING, "landing.pillar.companies"));
        pillars.addClassName("card-grid");
        return pillars;
    }

    private Component pillar(VaadinIcon icon, String key) {
        var iconComponent = icon.create();
        iconComponent.addClassName("card-icon");
        Div card = new Div(iconComponent, new H3(getTranslation(key + ".title")),
                new Paragraph(getTranslation(key + ".text")));
        card.addClassName("card");
        return card;
    }
}
