package kr.innocluster.portal.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.base.ui.ReasonDialog;
import kr.innocluster.portal.identity.IdentityService;
import kr.innocluster.portal.identity.Person;
import kr.innocluster.portal.identity.PersonDetails;
import kr.innocluster.portal.identity.RoleChangeState;
import kr.innocluster.portal.security.Roles;

/** One person: account facts, company, each staff role with grant or revoke, the role history. */
class PersonPanel extends VerticalLayout {

    private final IdentityService identity;
    private final PersonDetails details;
    private final Runnable changed;

    PersonPanel(IdentityService identity, DisplayZone zone, PersonDetails details, Runnable changed) {
        this.identity = identity;
        this.details = details;
        this.changed = changed;
        Person person = details.person();
        setId("person-panel");
        addClassName("identity-person");
        setPadding(false);
        H3 name = new H3(person.displayName());
        name.setId("person-name");
        add(name, facts(person), roles(), history(zone, details));
    }

    private Component facts(Person person) {
        Div facts = new Div();
        facts.addClassName("identity-facts");
        facts.add(fact("identity.person.username", person.username(), "person-username"),
                fact("identity.person.email", person.email() == null ? "" : person.email(), "person-email"),
                fact("identity.person.company", company(), "person-company"));
        return facts;
    }

    private String company() {
        if (!details.companyKnown()) {
            return getTranslation("identity.person.company.notConnected");
        }
        return details.company() == null ? getTranslation("identity.person.company.none") : details.company();
    }

    private Component fact(String labelKey, String value, String id) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("identity-fact-label");
        Span text = new Span(value);
        text.setId(id);
        Div fact = new Div(label, text);
        fact.addClassName("identity-fact");
        return fact;
    }

    private Component roles() {
        VerticalLayout roles = new VerticalLayout();
        roles.setPadding(false);
        roles.setSpacing(false);
        roles.addClassName("identity-roles");
        roles.add(new H4(getTranslation("identity.person.roles")));
        for (String role : Roles.STAFF) {
            roles.add(roleRow(role));
        }
        String others = details.roles().stream().filter(r -> !Roles.STAFF.contains(r))
                .map(r -> getTranslation("role." + r)).sorted().collect(Collectors.joining(", "));
        Span other = new Span(getTranslation("identity.person.otherRoles") + ": "
                + (others.isEmpty() ? getTranslation("identity.person.otherRoles.none") : others));
        other.addClassName("identity-other-roles");
        other.setId("person-other-roles");
        roles.add(other);
        return roles;
    }

    private Component roleRow(String role) {
        boolean direct = details.directRoles().contains(role);
        boolean held = details.roles().contains(role);
        boolean pending = details.history().stream()
                .anyMatch(c -> c.role().equals(role) && c.state() == RoleChangeState.PENDING);
        Span label = new Span(getTranslation("role." + role));
        label.addClassName("identity-role-name");
        Span state = new Span(getTranslation(pending ? "identity.role.pending" : direct ? "identity.role.held"
                : held ? "identity.role.inherited" : "identity.role.notHeld"));
        state.getElement().getThemeList().add(pending ? "badge small" : held ? "badge success small"
                : "badge contrast small");
        state.addClassName("identity-role-state");
        HorizontalLayout row = new HorizontalLayout(label, state);
        row.addClassName("identity-role-row");
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.expand(label);
        row.getElement().setAttribute("data-role", role);
        if (direct) {
            row.add(actionButton(role, false));
        } else if (!held) {
            row.add(actionButton(role, true));
        }
        return row;
    }

    private Button actionButton(String role, boolean grant) {
        Button button = new Button(getTranslation(grant ? "identity.role.grant" : "identity.role.revoke"),
                click -> ask(role, grant));
        button.setId((grant ? "grant-" : "revoke-") + role);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, grant ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_ERROR);
        return button;
    }

    private void ask(String role, boolean grant) {
        Person person = details.person();
        String roleName = getTranslation("role." + role);
        ReasonDialog[] dialog = new ReasonDialog[1];
        Predicate<String> action = reason -> {
            try {
                if (grant) {
                    identity.grantStaffRole(person, role, reason);
                    Notices.success("identity.granted", person.displayName(), roleName);
                } else {
                    identity.revokeStaffRole(person, role, reason);
                    Notices.success("identity.revoked", person.displayName(), roleName);
                }
                changed.run();
                return true;
            } catch (RuleException refused) {
                if (refused.fieldErrors().containsKey("reason")) {
                    dialog[0].showError(refused.fieldErrors().get("reason").key(),
                            refused.fieldErrors().get("reason").argsArray());
                } else {
                    Notices.refused(refused);
                }
                return false;
            }
        };
        dialog[0] = new ReasonDialog(getTranslation(grant ? "identity.grant.title" : "identity.revoke.title", roleName),
                getTranslation(grant ? "identity.grant.text" : "identity.revoke.text", person.displayName(),
                        person.username(), roleName),
                getTranslation(grant ? "identity.role.grant" : "identity.role.revoke"), true, !grant, action);
        dialog[0].open();
    }

    private Component history(DisplayZone zone, PersonDetails details) {
        VerticalLayout history = new VerticalLayout(new H4(getTranslation("identity.person.history")),
                new RoleChangeList(details.history(), zone, false));
        history.setPadding(false);
        history.addClassName("identity-history");
        return history;
    }
}
