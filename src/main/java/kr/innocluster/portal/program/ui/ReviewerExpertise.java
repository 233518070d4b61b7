package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import kr.innocluster.portal.program.ReviewerOption;
import kr.innocluster.portal.program.ReviewerStatus;

/** A reviewer with affiliation and expertise (KSIC sections, keywords): in the pool and when assigning. */
class ReviewerExpertise extends Div {

    ReviewerExpertise(ReviewerOption reviewer, boolean withName) {
        addClassName("program-reviewer-expertise");
        if (withName) {
            Span name = new Span(reviewer.displayName());
            name.addClassName("program-reviewer-name");
            add(name);
            if (reviewer.status() == ReviewerStatus.INVITED) {
                add(ProgramBadges.badge(getTranslation("program.pool.status.INVITED"), "badge contrast small"));
            }
        }
        if (reviewer.affiliation() != null) {
            Span affiliation = new Span(reviewer.affiliation());
            affiliation.addClassName("program-reviewer-affiliation");
            add(affiliation);
        }
        add(tags(this, reviewer.sections(), reviewer.keywords()));
    }

    /** KSIC sections as badges ("C 제조업"), then the keywords. */
    static Div tags(com.vaadin.flow.component.Component owner, List<String> sections, String keywords) {
        Div tags = new Div();
        tags.addClassName("program-reviewer-tags");
        for (String section : sections) {
            Span tag = ProgramBadges.badge(owner.getTranslation("program.ksic." + section), "badge small");
            tag.addClassName("program-reviewer-section");
            tags.add(tag);
        }
        if (keywords != null && !keywords.isBlank()) {
            Span words = new Span(keywords);
            words.addClassName("program-reviewer-keywords");
            tags.add(words);
        }
        return tags;
    }
}
