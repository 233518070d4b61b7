package kr.innocluster.portal.diagnosis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.HomeSection;
import kr.innocluster.portal.diagnosis.DiagnosisService;
import kr.innocluster.portal.diagnosis.DiagnosisSummary;
import kr.innocluster.portal.diagnosis.MentorAssignment;
import kr.innocluster.portal.diagnosis.MentorService;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;

/**
 * The mentor's home: the companies assigned to them (each opens its mentoring page) and the self-assessments waiting
 * for their confirmation. Opening it makes the mentor known to the portal, so officials can assign them.
 */
@org.springframework.stereotype.Component
class MentorHomeSection implements HomeSection {

    private final MentorService mentors;
    private final DiagnosisService diagnoses;
    private final DisplayZone zone;

    MentorHomeSection(MentorService mentors, DiagnosisService diagnoses, DisplayZone zone) {
        this.mentors = mentors;
        this.diagnoses = diagnoses;
        this.zone = zone;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public boolean appliesTo(PortalUser user) {
        return user.hasRole(Roles.MENTOR);
    }

    @Override
    public Component create(PortalUser user) {
        mentors.registerMe();
        Div card = new Div();
        card.addClassNames("card", "diagnosis-mentor-home");
        card.setId("mentor-home");
        card.setWidthFull();
        List<MentorAssignment> companies = mentors.myCompanies();
        card.add(new H3(card.getTranslation("diagnosis.mentor.home.title")));
        card.add(new Paragraph(companies.isEmpty() ? card.getTranslation("diagnosis.mentor.home.none")
                : card.getTranslation("diagnosis.mentor.home.companies", companies.size())));
        for (MentorAssignment a : companies) {
            Anchor link = new Anchor("mentoring/" + a.companyId(), a.companyName());
            link.addClassName("diagnosis-mentor-company");
            card.add(new Div(link));
        }
        card.add(new H4(card.getTranslation("diagnosis.mentor.home.pending")));
        List<DiagnosisSummary> pending = diagnoses.awaitingConfirmation();
        if (pending.isEmpty()) {
            card.add(new Paragraph(card.getTranslation("diagnosis.mentor.home.noPending")));
        }
        for (DiagnosisSummary d : pending) {
            Anchor link = new Anchor("diagnosis/review/" + d.id(), d.companyName() + " · "
                    + card.getTranslation("diagnosis.level.short", d.overallLevel()) + " · "
                    + zone.formatDate(d.submittedAt()));
            link.addClassName("diagnosis-pending");
            card.add(new Div(link));
        }
        return card;
    }
}
