package kr.innocluster.portal.company.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.base.ui.ReasonDialog;
import kr.innocluster.portal.company.CompanyJoinRequest;
import kr.innocluster.portal.company.CompanyMemberService;

/** The manager's pending requests to join, each with approve and decline (optional reason); nothing when none wait. */
class JoinRequestsPanel extends Composite<Div> {

    private final CompanyMemberService service;
    private final long companyId;
    private final DisplayZone zone;
    private final Runnable changed;

    JoinRequestsPanel(CompanyMemberService service, long companyId, DisplayZone zone, Runnable changed) {
        this.service = service;
        this.companyId = companyId;
        this.zone = zone;
        this.changed = changed;
        List<CompanyJoinRequest> requests = service.pendingJoinRequests(companyId);
        Div content = getContent();
        if (requests.isEmpty()) {
            content.setVisible(false);
            return;
        }
        content.setId("company-join-requests");
        content.addClassName("company-join-requests");
        content.add(new H4(getTranslation("company.join.pending.title", requests.size())),
                hint(getTranslation("company.join.pending.hint")));
        requests.forEach(request -> content.add(row(request)));
    }

    private Div row(CompanyJoinRequest request) {
        Span who = new Span(getTranslation("company.join.pending.who", request.requesterName(),
                request.requesterEmail()));
        who.addClassName("company-join-request-who");
        Span when = new Span(getTranslation("company.join.pending.when", zone.formatDateTime(request.requestedAt())));
        when.addClassName("field-hint");
        Button approve = new Button(getTranslation("company.join.approve"), VaadinIcon.CHECK.create(), click -> {
            if (Notices.attempt(() -> service.approveJoinRequest(companyId, request.id()))) {
                Notices.success("company.join.approved", request.requesterName());
            }
            changed.run();
        });
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
        Button decline = new Button(getTranslation("company.join.decline"), click -> new ReasonDialog(
                getTranslation("company.join.decline.title", request.requesterName()),
                getTranslation("company.join.decline.text"), getTranslation("company.join.decline"), false, true,
                reason -> {
                    boolean done = Notices.attempt(() -> service.declineJoinRequest(companyId, request.id(), reason));
                    if (done) {
                        Notices.success("company.join.declined", request.requesterName());
                        changed.run();
                    }
                    return done;
                }).open());
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        Div text = new Div(who, when);
        text.addClassName("company-join-request-text");
        Div actions = new Div(approve, decline);
        actions.addClassName("company-join-request-actions");
        Div row = new Div(VaadinIcon.USER_CLOCK.create(), text, actions);
        row.addClassName("company-join-request");
        return row;
    }

    private static Paragraph hint(String text) {
        Paragraph hint = new Paragraph(text);
        hint.addClassName("field-hint");
        return hint;
    }
}
