package kr.innocluster.portal.seminar.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import kr.innocluster.portal.seminar.CertificateCheck;
import kr.innocluster.portal.seminar.SeminarService;

/** Anyone (an employer, a grant reviewer) checks a certificate of attendance by its code; the name is partly masked. */
@Route("certificates/verify/:code")
@AnonymousAllowed
class CertificateVerifyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SeminarService seminars;
    private final DisplayZone zone;

    CertificateVerifyView(SeminarService seminars, DisplayZone zone) {
        this.seminars = seminars;
        this.zone = zone;
        setId("certificate-verify");
        addClassName("seminar-verify");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        Optional<CertificateCheck> check = seminars.verifyCertificate(code);
        removeAll();
        Div card = new Div();
        card.addClassNames("card", "seminar-verify-card");
        if (check.isEmpty()) {
            card.setId("certificate-invalid");
            card.add(icon(VaadinIcon.CLOSE_CIRCLE, "seminar-verify-icon-invalid"),
                    new H2(getTranslation("seminar.verify.invalid")),
                    new Paragraph(getTranslation("seminar.verify.invalidText", code)));
            add(card);
            return;
        }
        CertificateCheck valid = check.get();
        card.setId("certificate-valid");
        card.add(icon(VaadinIcon.CHECK_CIRCLE, "seminar-verify-icon-valid"), new H2(getTranslation("seminar.verify.valid")));
        line(card, "seminar.verify.code", valid.code());
        line(card, "seminar.certificate.name", valid.maskedName().isEmpty()
                ? getTranslation("seminar.verify.purged") : valid.maskedName());
        line(card, "seminar.certificate.seminar", valid.seminarTitle());
        line(card, "seminar.detail.host", valid.host());
        line(card, "seminar.certificate.when", zone.formatDate(valid.seminarStartsAt()));
        line(card, "seminar.verify.issued", zone.formatDate(valid.issuedAt()));
        add(card);
    }

    private static Icon icon(VaadinIcon kind, String className) {
        Icon icon = kind.create();
        icon.addClassNames("seminar-verify-icon", className);
        return icon;
    }

    private void line(Div card, String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("seminar-verify-label");
        Div line = new Div(label, new Span(value));
        line.addClassName("seminar-verify-line");
        card.add(line);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("seminar.verify.title") + " | " + getTranslation("app.name");
    }
}
