package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.program.AgreementDetails;
import kr.innocluster.portal.program.AgreementTerms;

/** The agreement's terms; the company confirms them here when {@code onConfirm} is given. */
class AgreementPanel extends Div {

    AgreementPanel(AgreementDetails agreement, DisplayZone zone, Runnable onConfirm) {
        addClassName("program-agreement");
        addClassName("card");
        setId("agreement");
        AgreementTerms t = agreement.terms();
        add(new H3(getTranslation("program.agreement.title")),
                new Paragraph(getTranslation("program.agreement.period", t.periodStart().toString(),
                        t.periodEnd().toString())),
                new Paragraph(getTranslation("program.agreement.government", Money.won(t.governmentGrant()))),
                new Paragraph(getTranslation("program.agreement.contribution", Money.won(t.companyContribution()))));
        UnorderedList lines = new UnorderedList();
        t.lines().forEach(l -> lines.add(new ListItem(l.item() + ": " + Money.won(l.amount()))));
        add(lines);
        if (agreement.confirmed()) {
            add(ProgramBadges.badge(getTranslation("program.agreement.confirmed",
                    zone.formatDateTime(agreement.confirmedAt()), agreement.confirmedBy()), "badge success"));
        } else if (onConfirm != null) {
            Button confirm = new Button(getTranslation("program.agreement.confirm"), VaadinIcon.CHECK.create(),
                    click -> onConfirm.run());
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            confirm.setId("confirm-agreement");
            add(confirm);
        } else {
            add(ProgramBadges.badge(getTranslation("program.agreement.waiting"), "badge contrast"));
        }
    }
}
