package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import kr.innocluster.portal.program.Eligibility;
import kr.innocluster.portal.program.EligibilityReason;

/** "Eligible for you" or "not eligible" with every reason, for a company user, in their language. */
class EligibilityMark extends Div {

    EligibilityMark(Eligibility eligibility) {
        addClassName("program-eligibility");
        if (eligibility.eligible()) {
            add(ProgramBadges.badge(getTranslation("program.eligible"), "badge success"));
            addClassName("program-eligibility-ok");
            return;
        }
        addClassName("program-eligibility-failed");
        add(ProgramBadges.badge(getTranslation("program.notEligible"), "badge error"));
        UnorderedList reasons = new UnorderedList();
        reasons.addClassName("program-eligibility-reasons");
        for (EligibilityReason reason : eligibility.reasons()) {
            reasons.add(new ListItem(getTranslation(reason.messageKey(), reason.requirementIn(this::getTranslation))));
        }
        add(reasons);
    }
}
