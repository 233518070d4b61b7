package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import kr.innocluster.portal.pilotfactory.OpeningHours;
import kr.innocluster.portal.pilotfactory.ResourceSummary;

/** What a company should know about a resource before requesting it: place, hours, rules, restrictions. */
class ResourceInfo extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    ResourceInfo(ResourceSummary r) {
        addClassName("pf-info");
        Span kind = new Span(getTranslation("pf.kind." + r.kind()));
        kind.getElement().getThemeList().add("badge");
        Span where = new Span(r.site() + (r.location() == null ? "" : " · " + r.location()));
        where.addClassName("pf-where");
        add(kind, where);
        if (r.requiresApprovedApplication()) {
            Span grant = new Span(getTranslation("pf.resource.grantOnly"));
            grant.getElement().getThemeList().add("badge contrast");
            add(grant);
        }
        if (r.description() != null) {
            add(new Paragraph(r.description()));
        }
        Paragraph rules = new Paragraph(getTranslation("pf.resource.rules", hours(r), r.slotMinutes(),
                r.minMinutes() / 60.0, r.maxMinutes() / 60.0, r.leadHours(),
                r.monthlyQuotaHours() == null ? getTranslation("pf.resource.noQuota")
                        : getTranslation("pf.resource.quota", r.monthlyQuotaHours())));
        rules.addClassName("field-hint");
        add(rules);
    }

    private String hours(ResourceSummary r) {
        if (r.openingHours().isEmpty()) {
            return getTranslation("pf.calendar.closed");
        }
        return r.openingHours().stream().map(this::window).collect(Collectors.joining(", "));
    }

    private String window(OpeningHours h) {
        String closes = java.time.LocalTime.MIDNIGHT.equals(h.closes()) ? "24:00" : TIME.format(h.closes());
        return getTranslation("pf.weekday." + h.day().getValue()) + " " + TIME.format(h.opens()) + "-" + closes;
    }
}
