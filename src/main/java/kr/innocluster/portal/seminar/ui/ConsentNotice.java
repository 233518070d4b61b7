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
        addClassNames("card", "seminar-consent");
        H4 title = new H4(getTranslation("seminar.consent.title"));
        UnorderedList items = new UnorderedList(
                item("seminar.consent.purpose"),
                item("seminar.consent.items"),
                new ListItem(getTranslation("seminar.consent.retention", retentionDays)),
                item("seminar.consent.refuse"));
        Paragraph note = new Paragraph(getTranslation("seminar.consent.note"));
        note.addClassName("seminar-consent-note");
        add(title, items, note);
    }

    private ListItem item(String key) {
        return new ListItem(getTranslation(key));
    }
}
