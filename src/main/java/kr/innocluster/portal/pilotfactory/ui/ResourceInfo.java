package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import kr.innocluster.portal.pilotfactory.OpeningHours;
import kr.innocluster.portal.pilotfactory.PilotFactoryService;
import kr.innocluster.portal.pilotfactory.ResourceSummary;

/** What a company should know about a resource before requesting it: place, hours, rules, restrictions. */
class ResourceInfo extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    ResourceInfo(ResourceSummary r, PilotFactoryService factory) {
        addClassName("pf-info");
        if (r.hasPhoto()) {
            add(new ResourcePhoto(factory, r.id(), true));
        }
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

    /** Consecutive weekdays with the same hours are grouped: "월~금 09:00-18:00", "매일 00:00-24:00". */
    private String hours(ResourceSummary r) {
        List<OpeningHours> list = r.openingHours();
        if (list.isEmpty()) {
            return getTranslation("pf.calendar.closed");
        }
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < list.size()) {
            int j = i;
            while (j + 1 < list.size() && sameWindow(list.get(j + 1), list.get(i))
                    && list.get(j + 1).day().getValue() == list.get(j).day().getValue() + 1) {
                j++;
            }
            String days = list.size() == 7 && i == 0 && j == 6 ? getTranslation("pf.everyDay")
                    : i == j ? day(list.get(i)) : day(list.get(i)) + "~" + day(list.get(j));
            parts.add(days + " " + window(list.get(i)));
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    private static boolean sameWindow(OpeningHours a, OpeningHours b) {
        return a.opens().equals(b.opens()) && a.closes().equals(b.closes());
    }

    private String day(OpeningHours h) {
        return getTranslation("pf.weekday." + h.day().getValue());
    }

    private static String window(OpeningHours h) {
        String closes = java.time.LocalTime.MIDNIGHT.equals(h.closes()) ? "24:00" : TIME.format(h.closes());
        return TIME.format(h.opens()) + "-" + closes;
    }
}
