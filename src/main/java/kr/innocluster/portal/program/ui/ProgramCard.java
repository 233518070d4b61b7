package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.program.OpenProgram;
import kr.innocluster.portal.program.ProgramSummary;

/** An open program as a card: title, host, window, maximum grant, and the eligibility mark for company users. */
class ProgramCard extends Div {

    ProgramCard(OpenProgram open, DisplayZone zone) {
        ProgramSummary p = open.program();
        addClassName("card");
        addClassName("program-card");
        RouterLink title = new RouterLink(ProgramDetailView.class, new RouteParameters("programId", String.valueOf(p.id())));
        title.add(new H3(p.title()));
        Span category = ProgramBadges.badge(getTranslation("program.category." + p.category().name()), "badge");
        Paragraph host = new Paragraph(p.hostOrganisation());
        Paragraph window = new Paragraph(getTranslation("program.card.window", zone.formatDateTime(p.opensAt()),
                zone.formatDateTime(p.closesAt())));
        Paragraph grant = new Paragraph(getTranslation("program.card.maxGrant", Money.won(p.maxGrant())));
        add(category, title, host, window, grant);
        open.eligibility().ifPresent(e -> add(new EligibilityMark(e)));
    }
}
