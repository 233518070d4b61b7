package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import kr.innocluster.portal.program.Eligibility;
import kr.innocluster.portal.program.EligibilityReason;

/** "Eligible for you" or "not eligible" with every reason, for a company user. */
class EligibilityMark extends Div {

    EligibilityMark(Eligibility eligibility) {
        addClassName("eligibility-mark");
        if (eligibility.eligible()) {
            add(ProgramUi.badge(getTranslation("program.eligible"), "badge success"));
            addClassName("eligible");
            return;
        }
        addClassName("not-eligible");
        add(ProgramUi.badge(getTranslation("program.notEligible"), "badge error"));
        UnorderedList reasons = new UnorderedList();
        reasons.addClassName("eligibility-reasons");
        for (EligibilityReason reason : eligibility.reasons()) {
            reasons.add(new ListItem(getTranslation(reason.messageKey(), reason.requirement())));
        }
        add(reasons);
    }
}
