package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.base.ui.ReasonDialog;
import kr.innocluster.portal.program.ProgramDetails;
import kr.innocluster.portal.program.ProgramService;
import kr.innocluster.portal.program.ProgramStatus;
import kr.innocluster.portal.program.ProgramSummary;
import kr.innocluster.portal.security.Roles;

/** One program for officials: publish, applications (intake, assignment), ranking and selection, audit trail. */
@Route("program-admin/:programId(\\d+)")
@RolesAllowed(Roles.OFFICIAL)
class ProgramManageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgramService programs;
    private final OfficialPanels panels;
    private final DisplayZone zone;
    private long programId;
    private String title = "";

    ProgramManageView(ProgramService programs, OfficialPanels panels, DisplayZone zone) {
        this.programs = programs;
        this.panels = panels;
        this.zone = zone;
        setSizeFull();
        setId("program-manage");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        programId = event.getRouteParameters().getLong("programId").orElse(-1L);
        try {
            render();
        } catch (kr.innocluster.portal.base.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render() {
        removeAll();
        ProgramDetails details = programs.details(programId);
        ProgramSummary p = details.summary();
        title = p.title();
        Div header = new Div(new H2(p.title()), ProgramBadges.badge(getTranslation("program.programStatus." + p.status().name()),
                p.status() == ProgramStatus.DRAFT ? "badge contrast" : "badge success"),
                new Paragraph(getTranslation("program.manage.summary", p.hostOrganisation(),
                        zone.formatDateTime(p.opensAt()), zone.formatDateTime(p.closesAt()),
                        Money.won(p.approvedTotal()), Money.won(p.totalBudget()), Money.won(p.maxGrant()))));
        header.setId("program-header");
        add(header, actions(p));
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        Runnable refresh = this::render;
        tabs.add(getTranslation("program.manage.applications"), panels.intake(programId, refresh));
        tabs.add(getTranslation("program.manage.ranking"), panels.ranking(programId, details.passThreshold(), refresh));
        tabs.add(getTranslation("program.manage.announcement"), announcement(details));
        tabs.add(getTranslation("program.manage.audit"), panels.audit(programId));
        add(tabs);
    }

    private Component announcement(ProgramDetails details) {
        return new VerticalLayout(new FormattedText(details.description()), new RulesSummary(details.rules()));
    }

    private HorizontalLayout actions(ProgramSummary p) {
        HorizontalLayout actions = new HorizontalLayout();
        if (p.status() != ProgramStatus.COMPLETED) {
            Button edit = new Button(getTranslation("program.manage.edit"), VaadinIcon.EDIT.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(ProgramEditorView.class,
                            new RouteParameters("programId", String.valueOf(p.id())))));
            actions.add(edit);
        }
        if (p.status() == ProgramStatus.DRAFT) {
            Button publish = new Button(getTranslation("program.manage.publish"), VaadinIcon.GLOBE.create(), click -> {
                if (Notices.attempt(() -> programs.publish(p.id()))) {
                    Notices.success("program.manage.published");
                    render();
                }
            });
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publish.setId("publish-program");
            actions.add(publish);
        }
        if (p.status() == ProgramStatus.PUBLISHED && !p.open()) {
            actions.add(new Button(getTranslation("program.manage.complete"), VaadinIcon.FLAG_CHECKERED.create(),
                    click -> new ReasonDialog(getTranslation("program.manage.complete"),
                            getTranslation("program.manage.completeHint"), getTranslation("program.manage.complete"),
                            false, false, note -> {
                                boolean done = Notices.attempt(() -> programs.complete(p.id(), note));
                                if (done) {
                                    render();
                                }
                                return done;
                            }).open()));
        }
        return actions;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
