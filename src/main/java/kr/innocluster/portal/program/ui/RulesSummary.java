package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import kr.innocluster.portal.program.EligibilityRules;

/** A program's eligibility rules in words; "no restriction" when a rule is empty. */
class RulesSummary extends UnorderedList {

    RulesSummary(EligibilityRules rules) {
        addClassName("rules-summary");
        String any = getTranslation("program.rules.any");
        add(new ListItem(getTranslation("program.rules.regions",
                rules.regions().isEmpty() ? any : String.join(", ", rules.regions()))));
        add(new ListItem(getTranslation("program.rules.sizes",
                rules.sizeClasses().isEmpty() ? any : String.join(", ", rules.sizeClasses()))));
        add(new ListItem(getTranslation("program.rules.ksic",
                rules.ksicPrefixes().isEmpty() ? any : String.join(", ", rules.ksicPrefixes()))));
        if (rules.minSmartFactoryLevel() != null) {
            add(new ListItem(getTranslation("program.rules.smartFactory", rules.minSmartFactoryLevel())));
        }
        if (rules.maxCompanyAgeYears() != null) {
            add(new ListItem(getTranslation("program.rules.age", rules.maxCompanyAgeYears())));
        }
    }
}
