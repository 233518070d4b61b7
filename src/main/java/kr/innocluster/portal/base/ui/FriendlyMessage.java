package kr.innocluster.portal.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The common look of the no-access, not-found and error pages: a message and a way back. */
abstract class FriendlyMessage extends VerticalLayout {

    FriendlyMessage() {
        addClassName("friendly-message");
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        setSizeFull();
    }

    protected void show(String id, String titleKey, String textKey) {
        removeAll();
        setId(id);
        var icon = VaadinIcon.EXCLAMATION_CIRCLE_O.create();
        icon.addClassName("friendly-message-icon");
        Button back = new Button(getTranslation("error.backHome"), VaadinIcon.HOME.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("")));
        back.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(icon, new H2(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)), back);
    }
}
