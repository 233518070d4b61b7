package kr.innocluster.portal.grant.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.base.NotFoundException;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.grant.BudgetLineView;
import kr.innocluster.portal.grant.ProjectDetails;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.Roles;

/**
 * One grant project: a header with the money at a glance and one tab per stage (agreement, disbursement, spending,
 * reports, changes, settlement, outcomes). Every action calls a service and redraws the page from fresh data.
 */
@Route("grant")
@RolesAllowed({Roles.OFFICIAL, Roles.COMPANY})
class GrantProjectView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final GrantServices services;
    private final DisplayZone zone;
    private final boolean official;
    private long projectId;
    private ProjectDetails details;
    private int selectedTab;

    GrantProjectView(GrantServices services, DisplayZone zone, CurrentUser currentUser) {
        this.services = services;
        this.zone = zone;
        this.official = currentUser.require().hasRole(Roles.OFFICIAL);
        addClassName("grant-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.projectId = id;
        try {
            refresh();
        } catch (NotFoundException e) {
            Notices.refused(e);
            event.rerouteTo(GrantsView.class);
        }
    }

    /** Reloads the project and redraws the page on the same tab. */
    void refresh() {
        details = services.projects().project(projectId);
        removeAll();
        add(header());
        TabSheet tabs = new TabSheet();
        tabs.setId("grant-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("grant.tab.contract"), new ContractTab(services, details, zone, official, this));
        tabs.add(getTranslation("grant.tab.disbursement"), new DisbursementTab(services, details, official, this));
        tabs.add(getTranslation("grant.tab.expenses"), new ExpensesTab(services, details, official, this));
        tabs.add(getTranslation("grant.tab.reports"), new ReportsTab(services, details, zone, official, this));
        tabs.add(getTranslation("grant.tab.changes"), new ChangesTab(services, details, zone, official, this));
        tabs.add(getTranslation("grant.tab.settlement"), new SettlementTab(services, details, zone, official, this));
        tabs.add(getTranslation("grant.tab.outcomes"), new OutcomesTab(services, details, zone, official, this));
        tabs.setSelectedIndex(selectedTab);
        tabs.addSelectedChangeListener(e -> selectedTab = tabs.getSelectedIndex());
        add(tabs);
    }

    private Component header() {
        H2 title = new H2(details.summary().projectTitle());
        title.addClassName("grant-title");
        Span sub = new Span(details.summary().programTitle() + " · " + details.summary().companyName() + " · "
                + details.summary().periodStart() + " ~ " + details.summary().periodEnd());
        sub.addClassName("grant-subtitle");
        HorizontalLayout titleRow = new HorizontalLayout(title, GrantBadges.project(details.status()));
        titleRow.setAlignItems(Alignment.CENTER);
        long budget = details.lines().stream().mapToLong(BudgetLineView::budget).sum();
        long spent = details.summary().spent();
        Div figures = new Div(figure("grant.summary.grant", details.summary().governmentGrant()),
                figure("grant.summary.paid", details.summary().paid()),
                figure("grant.summary.spent", spent), figure("grant.summary.left", budget - spent));
        figures.addClassName("grant-figures");
        VerticalLayout header = new VerticalLayout(titleRow, sub, figures);
        header.setPadding(false);
        header.setSpacing(false);
        return header;
    }

    private Component figure(String key, long amount) {
        Span label = new Span(getTranslation(key));
        label.addClassName("grant-figure-label");
        Span value = new Span(Money.won(amount));
        value.addClassName("grant-figure-value");
        Div figure = new Div(label, value);
        figure.addClassName("grant-figure");
        return figure;
    }

    @Override
    public String getPageTitle() {
        return (details == null ? getTranslation("menu.grants") : details.summary().projectTitle()) + " | "
                + getTranslation("app.name");
    }
}
