package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import kr.innocluster.portal.program.EligibilityRules;

/** A program's eligibility rules in words, in the viewer's language; "no restriction" when a rule is empty. */
class RulesSummary extends UnorderedList {

    RulesSummary(EligibilityRules rules) {
        addClassName("program-rules");
        add(new ListItem(getTranslation("program.rules.regions",
                labels(rules.regions().stream().map(r -> "company.region." + r.name()).toList()))));
        add(new ListItem(getTranslation("program.rules.sizes",
                labels(rules.sizeClasses().stream().map(s -> "company.size." + s.name()).toList()))));
        add(new ListItem(getTranslation("program.rules.ksic",
                rules.ksicPrefixes().isEmpty() ? getTranslation("program.rules.any")
                        : String.join(", ", rules.ksicPrefixes()))));
        if (rules.minSmartFactoryLevel() != null) {
            add(new ListItem(getTranslation("program.rules.smartFactory", rules.minSmartFactoryLevel())));
        }
        if (rules.requireConfirmedLevel()) {
            add(new ListItem(getTranslation("program.rules.confirmedLevel")));
        }
        if (rules.maxCompanyAgeYears() != null) {
            add(new ListItem(getTranslation("program.rules.age", rules.maxCompanyAgeYears())));
        }
    }

    private String labels(List<String> keys) {
        return keys.isEmpty() ? getTranslation("program.rules.any")
                : String.join(", ", keys.stream().map(this::getTranslation).toList());
    }
}
