package kr.innocluster.portal.pilotproject.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.pilotproject.CaseLibraryService;
import kr.innocluster.portal.pilotproject.KpiView;
import kr.innocluster.portal.pilotproject.PublicVerification;

/**
 * Anyone checks a 실증확인서 by its code (the QR code leads here): only what the company agreed to publish, and
 * "withdrawn by the company" once it withdrew its terms.
 */
@Route("pilot-projects/verify/:code")
@AnonymousAllowed
class VerificationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseLibraryService library;
    private final DisplayZone zone;

    VerificationView(CaseLibraryService library, DisplayZone zone) {
        this.library = library;
        this.zone = zone;
        setId("pp-verification");
        addClassName("pp-verification");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        Optional<PublicVerification> found = library.verification(code);
        removeAll();
        Div card = ProjectUi.card("pp-verify-card");
        if (found.isEmpty()) {
            card.setId("pp-verify-invalid");
            card.add(icon(VaadinIcon.CLOSE_CIRCLE, "pp-verify-icon-invalid"),
                    new H2(getTranslation("pp.verify.invalid")),
                    new Paragraph(getTranslation("pp.verify.invalidText", code)));
            add(card);
            return;
        }
        PublicVerification v = found.get();
        if (v.withdrawn()) {
            card.setId("pp-verify-withdrawn");
            card.add(icon(VaadinIcon.BAN, "pp-verify-icon-withdrawn"), new H2(getTranslation("pp.verify.withdrawn")),
                    ProjectUi.fact(this, "pp.certificate.code", v.code()),
                    new Paragraph(getTranslation("pp.verify.withdrawnText")));
            add(card);
            return;
        }
        card.setId("pp-verify-valid");
        card.add(icon(VaadinIcon.CHECK_CIRCLE, "pp-verify-icon-valid"), new H2(getTranslation("pp.verify.valid")),
                ProjectUi.fact(this, "pp.certificate.code", v.code()),
                ProjectUi.fact(this, "pp.verify.verifiedOn", zone.formatDate(v.verifiedAt())));
        if (!v.detailsPublished()) {
            Paragraph note = new Paragraph(getTranslation("pp.verify.notPublished"));
            note.setId("pp-verify-not-published");
            card.add(note);
            add(card);
            return;
        }
        card.add(ProjectUi.fact(this, "pp.certificate.company", v.companyName()),
                ProjectUi.fact(this, "pp.certificate.project", v.title()),
                ProjectUi.fact(this, "pp.certificate.solution", v.solution()),
                ProjectUi.fact(this, "pp.certificate.resources", String.join(", ", v.resources())),
                ProjectUi.fact(this, "pp.certificate.period", v.periodStart() == null ? "-"
                        : zone.formatDate(v.periodStart()) + " ~ " + zone.formatDate(v.periodEnd())),
                ProjectUi.fact(this, "pp.certificate.verifiedBy", v.verifierName()));
        Grid<KpiView> kpis = new Grid<>();
        kpis.setId("pp-verify-kpis");
        kpis.addColumn(KpiView::name).setHeader(getTranslation("pp.kpi.name")).setFlexGrow(2);
        kpis.addColumn(ProjectUi::target).setHeader(getTranslation("pp.kpi.target")).setAutoWidth(true);
        kpis.addColumn(ProjectUi::measured).setHeader(getTranslation("pp.kpi.measured")).setAutoWidth(true);
        kpis.addColumn(k -> k.method() == null ? "-" : k.method()).setHeader(getTranslation("pp.kpi.method"))
                .setFlexGrow(2);
        kpis.addComponentColumn(k -> ProjectUi.met(kpis, k)).setHeader(getTranslation("pp.kpi.met"))
                .setAutoWidth(true).setFlexGrow(0);
        kpis.setItems(v.kpis());
        kpis.setAllRowsVisible(true);
        card.add(kpis);
        add(card);
    }

    private static Icon icon(VaadinIcon kind, String className) {
        Icon icon = kind.create();
        icon.addClassNames("pp-verify-icon", className);
        return icon;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pp.verify.title") + " | " + getTranslation("app.name");
    }
}
