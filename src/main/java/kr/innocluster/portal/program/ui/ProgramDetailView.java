package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.program.ApplicationService;
import kr.innocluster.portal.program.ProgramDetails;
import kr.innocluster.portal.program.ProgramService;
import kr.innocluster.portal.program.ProgramSummary;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.Roles;

/** A program's announcement (공고): text, budget, window, eligibility, documents, rubric; company users apply here. */
@Route("programs/:programId(\\d+)")
@AnonymousAllowed
class ProgramDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgramService programs;
    private final ApplicationService applications;
    private final CurrentUser currentUser;
    private final DisplayZone zone;
    private String title = "";

    ProgramDetailView(ProgramService programs, ApplicationService applications, CurrentUser currentUser,
                      DisplayZone zone) {
        this.programs = programs;
        this.applications = applications;
        this.currentUser = currentUser;
        this.zone = zone;
        addClassName("narrow-page");
        setId("program-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("programId").orElse(-1L);
        try {
            show(programs.publishedProgram(id));
        } catch (kr.innocluster.portal.base.NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void show(ProgramDetails details) {
        ProgramSummary p = details.summary();
        title = p.title();
        add(ProgramBadges.badge(getTranslation("program.category." + p.category().name()), "badge"), new H2(p.title()),
                new Paragraph(p.hostOrganisation()));
        boolean companyUser = currentUser.get().map(u -> u.hasRole(Roles.COMPANY)).orElse(false);
        if (companyUser) {
            programs.myEligibility(p.id()).ifPresent(e -> add(new EligibilityMark(e)));
            if (p.open()) {
                Button apply = new Button(getTranslation("program.apply"), VaadinIcon.EDIT.create(),
                        click -> Notices.attempt(() -> {
                            long applicationId = applications.startApplication(p.id());
                            getUI().ifPresent(ui -> ui.navigate(ApplicationEditorView.class,
                                    new RouteParameters("applicationId", String.valueOf(applicationId))));
                        }));
                apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                apply.setId("apply");
                add(apply);
            }
        }
        add(facts(details), new FormattedText(details.description()), new H3(getTranslation("program.detail.rules")),
                new RulesSummary(details.rules()), new H3(getTranslation("program.detail.documents")),
                documents(details), new H3(getTranslation("program.detail.rubric")), rubric(details));
    }

    private Div facts(ProgramDetails d) {
        ProgramSummary p = d.summary();
        Div facts = new Div(
                fact("program.field.window", zone.formatDateTime(p.opensAt()) + " ~ " + zone.formatDateTime(p.closesAt())),
                fact("program.field.totalBudget", Money.won(p.totalBudget())),
                fact("program.field.maxGrant", Money.won(p.maxGrant())),
                fact("program.field.state", getTranslation(p.open() ? "program.state.open" : "program.state.closed")));
        facts.addClassName("program-facts");
        return facts;
    }

    private Paragraph fact(String key, String value) {
        return new Paragraph(getTranslation(key) + ": " + value);
    }

    private UnorderedList documents(ProgramDetails d) {
        UnorderedList list = new UnorderedList();
        d.requiredDocuments().forEach(doc -> list.add(new ListItem(doc)));
        list.add(new ListItem(getTranslation("program.detail.fileTypes",
                String.join(", ", d.fileTypes().stream().map(Enum::name).toList()), d.maxFileMb())));
        return list;
    }

    private UnorderedList rubric(ProgramDetails d) {
        UnorderedList list = new UnorderedList();
        d.rubric().forEach(r -> list.add(new ListItem(r.name() + " " + r.weight())));
        list.add(new ListItem(getTranslation("program.detail.threshold", d.passThreshold())));
        return list;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
