package kr.innocluster.portal.matching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import kr.innocluster.portal.base.ui.HomeSection;
import kr.innocluster.portal.company.CompanyService;
import kr.innocluster.portal.company.CompanySummary;
import kr.innocluster.portal.matching.CatalogueService;
import kr.innocluster.portal.matching.ConsultationService;
import kr.innocluster.portal.matching.ConsultationStatus;
import kr.innocluster.portal.matching.RankedSolution;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;

/** A verified company's home: the top recommendation, requests waiting for an answer, links to matching pages. */
@org.springframework.stereotype.Component
class MatchingHomeSection implements HomeSection {

    private final CompanyService companies;
    private final CatalogueService catalogue;
    private final ConsultationService consultations;

    MatchingHomeSection(CompanyService companies, CatalogueService catalogue, ConsultationService consultations) {
        this.companies = companies;
        this.catalogue = catalogue;
        this.consultations = consultations;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public boolean appliesTo(PortalUser user) {
        return user.hasRole(Roles.COMPANY);
    }

    @Override
    public Component create(PortalUser user) {
        Div card = new Div();
        card.addClassNames("card", "matching-home");
        card.setWidthFull();
        card.add(new H3(card.getTranslation("matching.home.title")));
        CompanySummary company = companies.myCompany().filter(CompanySummary::verified).orElse(null);
        if (company == null) {
            card.add(new Paragraph(card.getTranslation("matching.home.none")));
            return card;
        }
        List<RankedSolution> top = catalogue.recommendations(1);
        card.add(new Paragraph(top.isEmpty() ? card.getTranslation("matching.home.none")
                : card.getTranslation("matching.home.recommend", top.getFirst().solution().name(),
                        MatchingLabels.reasons(top.getFirst().reasons(), card::getTranslation))));
        long waiting = consultations.incoming().stream().filter(c -> c.status() == ConsultationStatus.REQUESTED)
                .count();
        if (waiting > 0) {
            card.add(new Paragraph(card.getTranslation("matching.home.incoming", waiting)));
        }
        card.add(new Div(new Anchor("solutions", card.getTranslation("matching.home.toSolutions")), new Anchor(
                "mentoring/" + company.id(), card.getTranslation("matching.home.toMentoring"))));
        return card;
    }
}
