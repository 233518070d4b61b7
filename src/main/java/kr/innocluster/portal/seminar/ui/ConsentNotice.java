package kr.innocluster.portal.seminar.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The notice the Personal Information Protection Act (개인정보 보호법, art. 15(2)) requires before consent: purpose,
 * items, retention period, the right to refuse and what refusing means. No resident registration number is collected.
 */
class ConsentNotice extends Div {

    ConsentNotice(int retentionDays) {
        setId("consent-notice");
        addClassName("card");
        setWidthFull();
        getStyle().set("box-sizing", "border-box").set("background", "var(--lumo-contrast-5pct)");
        H4 title = new H4(getTranslation("seminar.consent.title"));
        title.getStyle().set("margin-top", "0");
        UnorderedList items = new UnorderedList(
                item("seminar.consent.purpose"),
                item("seminar.consent.items"),
                new ListItem(getTranslation("seminar.consent.retention", retentionDays)),
                item("seminar.consent.refuse"));
        Paragraph note = new Paragraph(getTranslation("seminar.consent.note"));
        note.getStyle().set("font-size", "var(--lumo-font-size-s)");
        add(title, items, note);
    }

    private ListItem item(String key) {
        return new ListItem(getTranslation(key));
    }
}
