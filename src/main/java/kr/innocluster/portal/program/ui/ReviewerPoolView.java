package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.base.ui.ReasonDialog;
import kr.innocluster.portal.program.PoolReviewer;
import kr.innocluster.portal.program.ReviewerInvitation;
import kr.innocluster.portal.program.ReviewerPoolService;
import kr.innocluster.portal.program.ReviewerStatus;
import kr.innocluster.portal.security.Roles;

/**
 * Officials' reviewer pool (평가위원 관리): invite an external reviewer (Keycloak mails them the link to verify the
 * e-mail and set a password), see every reviewer's affiliation and expertise, deactivate one.
 */
@Route("program-admin/reviewers")
@RolesAllowed(Roles.OFFICIAL)
@Menu(order = 22, title = "menu.reviewerPool", icon = "vaadin:users")
class ReviewerPoolView extends VerticalLayout implements HasDynamicTitle {

    private final ReviewerPoolService pool;
    private final DisplayZone zone;
    private final Grid<PoolReviewer> grid = new Grid<>();
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final TextField affiliation = new TextField();
    private final MultiSelectComboBox<String> sections = new MultiSelectComboBox<>();
    private final TextField keywords = new TextField();
    private final FormErrors errors = new FormErrors();

    ReviewerPoolView(ReviewerPoolService pool, DisplayZone zone) {
        this.pool = pool;
        this.zone = zone;
        setId("reviewer-pool");
        addClassName("program-pool");
        add(new H3(getTranslation("program.pool.inviteTitle")),
                new Paragraph(getTranslation("program.pool.inviteHint")), form(),
                new H3(getTranslation("program.pool.title")), pool());
        refresh();
    }

    private Div form() {
        name.setLabel(getTranslation("program.pool.name"));
        name.setId("reviewer-name");
        name.setRequired(true);
        email.setLabel(getTranslation("program.pool.email"));
        email.setId("reviewer-email");
        email.setRequired(true);
        affiliation.setLabel(getTranslation("program.pool.affiliation"));
        affiliation.setHelperText(getTranslation("program.pool.affiliationHint"));
        affiliation.setId("reviewer-affiliation");
        affiliation.setRequired(true);
        sections.setLabel(getTranslation("program.pool.sections"));
        sections.setItems(pool.sections());
        sections.setItemLabelGenerator(s -> getTranslation("program.ksic." + s));
        sections.setId("reviewer-sections");
        keywords.setLabel(getTranslation("program.pool.keywords"));
        keywords.setPlaceholder(getTranslation("program.pool.keywordsHint"));
        keywords.setId("reviewer-keywords");
        errors.bind("name", name).bind("email", email).bind("affiliation", affiliation).bind("sections", sections)
                .bind("keywords", keywords);

        FormLayout fields = new FormLayout(name, email, affiliation, sections, keywords);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        fields.setColspan(keywords, 2);
        Button invite = new Button(getTranslation("program.pool.invite"), VaadinIcon.ENVELOPE_O.create(),
                click -> invite());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.setId("invite-reviewer");
        Div box = new Div(fields, invite);
        box.addClassName("program-pool-form");
        return box;
    }

    private void invite() {
        errors.clear();
        ReviewerInvitation form = new ReviewerInvitation(name.getValue(), email.getValue(), affiliation.getValue(),
                new ArrayList<>(sections.getSelectedItems()), keywords.getValue());
        if (Notices.attempt(() -> pool.invite(form), errors)) {
            Notices.success("program.pool.invited", form.email());
            name.clear();
            email.clear();
            affiliation.clear();
            sections.clear();
            keywords.clear();
            errors.clear();
            refresh();
        }
    }

    private Grid<PoolReviewer> pool() {
        grid.addComponentColumn(r -> {
            Div who = new Div(new Span(r.displayName()));
            who.addClassName("program-pool-name");
            Span mail = new Span(r.email());
            mail.addClassName("program-pool-email");
            who.add(mail);
            return who;
        }).setHeader(getTranslation("program.pool.name")).setFlexGrow(3);
        grid.addColumn(PoolReviewer::affiliation).setHeader(getTranslation("program.pool.affiliation"))
                .setFlexGrow(3);
        grid.addComponentColumn(r -> ReviewerExpertise.tags(this, r.sections(), r.keywords()))
                .setHeader(getTranslation("program.pool.expertise")).setFlexGrow(4);
        grid.addComponentColumn(r -> {
            Span status = ProgramBadges.badge(getTranslation("program.pool.status." + r.status().name()),
                    r.status() == ReviewerStatus.INVITED ? "badge contrast" : "badge success");
            status.addClassName("program-pool-status");
            return status;
        }).setHeader(getTranslation("program.pool.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.invitedAt() == null ? "-" : zone.formatDate(r.invitedAt()))
                .setHeader(getTranslation("program.pool.invitedAt")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PoolReviewer::openAssignments).setHeader(getTranslation("program.pool.open"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Button deactivate = new Button(getTranslation("program.pool.deactivate"), click -> deactivate(r));
            deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY,
                    ButtonVariant.LUMO_SMALL);
            deactivate.addClassName("program-pool-deactivate");
            return deactivate;
        }).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("program.pool.empty"));
        grid.addClassName("program-pool-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void deactivate(PoolReviewer reviewer) {
        new ReasonDialog(getTranslation("program.pool.deactivateTitle", reviewer.displayName()),
                getTranslation("program.pool.deactivateHint", reviewer.openAssignments()),
                getTranslation("program.pool.deactivate"), true, true,
                reason -> {
                    boolean done = Notices.attempt(() -> pool.deactivate(reviewer.subject(), reason));
                    if (done) {
                        Notices.success("program.pool.deactivated", reviewer.displayName());
                        refresh();
                    }
                    return done;
                }).open();
    }

    private void refresh() {
        grid.setItems(pool.pool());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.reviewerPool") + " | " + getTranslation("app.name");
    }
}
