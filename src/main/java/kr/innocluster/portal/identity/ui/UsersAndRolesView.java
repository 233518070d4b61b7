package kr.innocluster.portal.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Stream;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.identity.IdentityService;
import kr.innocluster.portal.identity.Person;
import kr.innocluster.portal.identity.PersonDetails;
import kr.innocluster.portal.security.Roles;

/**
 * Administrators find a person in Keycloak and manage their staff roles: people on the left, the chosen person (roles,
 * company, role history, grant and revoke with a reason) on the right, everyone's latest changes until someone is
 * chosen.
 */
@Route("admin/users")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 78, title = "menu.identity", icon = "vaadin:users")
class UsersAndRolesView extends VerticalLayout implements HasDynamicTitle {

    private final IdentityService identity;
    private final DisplayZone zone;
    private final TextField search = new TextField();
    private final Select<String> role = new Select<>();
    private final Grid<Person> people = new Grid<>();
    private final Div side = new Div();

    UsersAndRolesView(IdentityService identity, DisplayZone zone) {
        this.identity = identity;
        this.zone = zone;
        addClassName("identity-view");
        setSizeFull();
        Paragraph intro = new Paragraph(getTranslation("identity.intro"));
        intro.addClassName("identity-intro");
        configureSearch();
        configureGrid();
        side.addClassName("identity-side");
        side.setId("identity-side");
        VerticalLayout list = new VerticalLayout(searchBar(), people);
        list.addClassName("identity-list");
        list.setPadding(false);
        HorizontalLayout body = new HorizontalLayout(list, side);
        body.addClassName("identity-body");
        body.setSizeFull();
        body.setFlexGrow(1, list);
        add(intro, body);
        showLatestChanges();
    }

    private void configureSearch() {
        search.setId("people-search");
        search.setLabel(getTranslation("identity.search.label"));
        search.setPlaceholder(getTranslation("identity.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> people.getDataProvider().refreshAll());
        role.setId("people-role");
        role.setLabel(getTranslation("identity.filter.role"));
        role.setItems(Roles.ALL.stream().filter(r -> !Roles.ATTENDEE.equals(r)).toList());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("identity.filter.anyRole"));
        role.setItemLabelGenerator(r -> r == null ? getTranslation("identity.filter.anyRole")
                : getTranslation("role." + r));
        role.addValueChangeListener(e -> people.getDataProvider().refreshAll());
    }

    private Component searchBar() {
        HorizontalLayout bar = new HorizontalLayout(search, role);
        bar.addClassName("identity-search");
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.expand(search);
        return bar;
    }

    private void configureGrid() {
        people.setId("people-grid");
        people.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        people.setSizeFull();
        people.addColumn(Person::displayName).setHeader(getTranslation("identity.column.name")).setAutoWidth(true)
                .setFlexGrow(0);
        people.addComponentColumn(this::account).setHeader(getTranslation("identity.column.account")).setFlexGrow(1);
        people.addComponentColumn(this::status).setHeader(getTranslation("identity.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        people.setItems(query -> fetch(query.getOffset(), query.getLimit()));
        people.setEmptyStateText(getTranslation("identity.people.empty"));
        people.addSelectionListener(e -> e.getFirstSelectedItem().ifPresentOrElse(this::show,
                this::showLatestChanges));
    }

    /** Username with the e-mail under it, so the list stays readable next to the person panel. */
    private Component account(Person person) {
        Span email = new Span(person.email() == null ? "" : person.email());
        email.addClassName("identity-person-email");
        Div cell = new Div(new Span(person.username()), email);
        cell.addClassName("identity-person-account");
        return cell;
    }

    private Stream<Person> fetch(int offset, int limit) {
        try {
            return identity.findPeople(search.getValue(), role.getValue(), offset, limit).stream();
        } catch (RuleException refused) {
            Notices.refused(refused);
            return Stream.empty();
        }
    }

    private Component status(Person person) {
        HorizontalLayout badges = new HorizontalLayout();
        badges.setSpacing(false);
        badges.addClassName("identity-badges");
        badges.add(badge(person.enabled() ? "identity.status.enabled" : "identity.status.disabled",
                person.enabled() ? "badge success small" : "badge error small"));
        if (!person.emailVerified()) {
            badges.add(badge("identity.status.emailUnverified", "badge contrast small"));
        }
        return badges;
    }

    private Span badge(String key, String theme) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private void show(Person person) {
        try {
            PersonDetails details = identity.person(person.id());
            side.removeAll();
            side.add(new PersonPanel(identity, zone, details, () -> show(person)));
        } catch (RuleException refused) {
            Notices.refused(refused);
        }
    }

    private void showLatestChanges() {
        side.removeAll();
        Paragraph hint = new Paragraph(getTranslation("identity.person.choose"));
        hint.addClassName("identity-hint");
        side.add(hint, new RoleChangeList(identity.latestRoleChanges(30), zone, true));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.identity") + " | " + getTranslation("app.name");
    }
}
