package kr.innocluster.portal.company.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Objects;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.base.ui.ReasonDialog;
import kr.innocluster.portal.company.ChangeRequestStatus;
import kr.innocluster.portal.company.CompanyChangeRequest;
import kr.innocluster.portal.company.CompanyChangeRequestService;
import kr.innocluster.portal.company.CompanyDetails;

/**
 * A verified company's change to its verified facts that waits for an official: what changes from what to what, and
 * for officials the approve and reject buttons. The latest rejection's reason is shown until a new request is made.
 */
class CompanyChangeRequestPanel extends Composite<Div> {

    CompanyChangeRequestPanel(CompanyDetails company, List<CompanyChangeRequest> recent, boolean official,
                              CompanyChangeRequestService service, DisplayZone zone, Runnable refresh) {
        Div layout = getContent();
        layout.setId("company-change-request");
        layout.addClassNames("company-notice", "company-change-request");
        CompanyChangeRequest latest = recent.getFirst();
        layout.add(VaadinIcon.EXCHANGE.create());
        Div text = new Div();
        layout.add(text);
        if (latest.status() == ChangeRequestStatus.REJECTED) {
            text.add(new Paragraph(getTranslation("company.change.rejected", latest.decidedByName(),
                    zone.formatDateTime(latest.decidedAt()))));
            Paragraph reason = new Paragraph(getTranslation("company.page.reason", latest.reason()));
            reason.setId("company-change-reason");
            text.add(reason);
            return;
        }
        text.add(new Paragraph(getTranslation("company.change.pending", latest.requestedByName(),
                zone.formatDateTime(latest.requestedAt()))));
        Div changes = new Div();
        changes.addClassName("company-change-list");
        line(changes, "businessNumber", CompanyLabels.number(company.businessNumber()),
                CompanyLabels.number(latest.businessNumber()));
        line(changes, "region", getTranslation("company.region." + company.region().name()),
                getTranslation("company.region." + latest.region().name()));
        line(changes, "ksicCode", company.ksicCode(), latest.ksicCode());
        line(changes, "sizeClass", getTranslation("company.size." + company.sizeClass().name()),
                getTranslation("company.size." + latest.sizeClass().name()));
        line(changes, "foundedOn", DisplayZone.DATE.format(company.foundedOn()),
                DisplayZone.DATE.format(latest.foundedOn()));
        line(changes, "annualRevenue", Money.won(company.annualRevenue()), Money.won(latest.annualRevenue()));
        text.add(changes);
        if (!official) {
            return;
        }
        Button approve = new Button(getTranslation("company.change.approve"), VaadinIcon.CHECK.create(), click -> {
            if (Notices.attempt(() -> service.approve(latest.id(), latest.version()))) {
                Notices.success("company.change.approved");
            }
            refresh.run();
        });
        approve.setId("company-change-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button reject = new Button(getTranslation("company.change.reject"), click -> new ReasonDialog(
                getTranslation("company.change.reject.title", company.name()),
                getTranslation("company.change.reject.text"), getTranslation("company.change.reject"),
                true, true, reason -> {
                    if (Notices.attempt(() -> service.reject(latest.id(), latest.version(), reason))) {
                        Notices.success("company.change.rejectedDone");
                    }
                    refresh.run();
                    return true;
                }).open());
        reject.setId("company-change-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        text.add(new HorizontalLayout(approve, reject));
    }

    private void line(Div changes, String field, String current, String requested) {
        if (Objects.equals(current, requested)) {
            return;
        }
        Div line = new Div(new Span(getTranslation("company.field." + field)),
                new Span(getTranslation("company.change.fromTo", current, requested)));
        line.addClassName("company-change-line");
        changes.add(line);
    }
}
