package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** The flag on an open review whose reviewer was deactivated: the official reassigns it. */
final class ReviewFlags {

    private ReviewFlags() {
    }

    static Span withdrawn(Component owner) {
        Span flag = ProgramBadges.badge(owner.getTranslation("program.review.withdrawn"), "badge error small");
        flag.addClassName("program-review-withdrawn");
        return flag;
    }

    /** The short form for a grid cell: the application has such a review. */
    static Span reassign(Component owner) {
        Span flag = ProgramBadges.badge(owner.getTranslation("program.review.reassign"), "badge error small");
        flag.addClassName("program-review-withdrawn");
        return flag;
    }
}
