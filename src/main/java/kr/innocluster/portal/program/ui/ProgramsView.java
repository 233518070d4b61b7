package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.program.OpenProgram;
import kr.innocluster.portal.program.ProgramService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Open programs for everyone; company users see whether their company is eligible and why not. */
@Route("programs")
@AnonymousAllowed
@Menu(order = 20, title = "menu.programs", icon = "vaadin:money")
class ProgramsView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_CARDS = 60;

    ProgramsView(ProgramService programs, DisplayZone zone) {
        addClassName("narrow-page");
        setId("programs");
        add(new Paragraph(getTranslation("program.list.intro")));
        List<OpenProgram> open = programs.openPrograms(PageRequest.of(0, MAX_CARDS, Sort.by("closesAt")));
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("program.list.empty")));
            return;
        }
        Div cards = new Div();
        cards.addClassName("card-grid");
        open.forEach(p -> cards.add(new ProgramCard(p, zone)));
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.programs") + " | " + getTranslation("app.name");
    }
}
