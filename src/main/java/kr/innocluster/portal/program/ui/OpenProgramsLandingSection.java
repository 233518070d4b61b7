package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.LandingSection;
import kr.innocluster.portal.program.OpenProgram;
import kr.innocluster.portal.program.ProgramService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The open programs on the public landing page (a fresh block per visit). */
@org.springframework.stereotype.Component
class OpenProgramsLandingSection implements LandingSection {

    private final ProgramService programs;
    private final DisplayZone zone;

    OpenProgramsLandingSection(ProgramService programs, DisplayZone zone) {
        this.programs = programs;
        this.zone = zone;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create() {
        List<OpenProgram> open = programs.openPrograms(PageRequest.of(0, 6, Sort.by("closesAt")));
        Div section = new Div();
        section.setId("landing-programs");
        section.setWidthFull();
        H3 title = new H3(section.getTranslation("program.landing.title"));
        section.add(title);
        if (open.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("program.list.empty")));
            return section;
        }
        Div cards = new Div();
        cards.addClassName("card-grid");
        open.forEach(p -> cards.add(new ProgramCard(p, zone)));
        section.add(cards);
        return section;
    }
}
