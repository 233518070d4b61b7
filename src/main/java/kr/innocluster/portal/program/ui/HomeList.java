package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** A home-page block: a title and a few linked lines, or a friendly empty text. */
final class HomeList extends Div {

    private final String emptyKey;

    HomeList(String id, String titleKey, String emptyKey) {
        this.emptyKey = emptyKey;
        setId(id);
        addClassName("card");
        // a full-width card: padding inside the width, not added to it (program.css)
        addClassName("program-home-list");
        add(new H3(getTranslation(titleKey)));
    }

    HomeList line(Class<? extends Component> view, String parameter, String value, Component... content) {
        RouterLink link = new RouterLink(view, new RouteParameters(parameter, value));
        link.add(content);
        Div row = new Div(link);
        row.addClassName("program-home-line");
        add(row);
        return this;
    }

    HomeList done() {
        if (getComponentCount() == 1) {
            add(new Paragraph(getTranslation(emptyKey)));
        }
        return this;
    }
}
