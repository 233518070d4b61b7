package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.html.Div;
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
        // the texts are one fragment (a company keeps this view open: fewer state nodes per session)
        Markup html = new Markup(1024);
        html.raw("<span theme=\"badge\">").text(getTranslation("pf.kind." + r.kind())).raw("</span>")
                .raw("<span class=\"pf-where\">")
                .text(r.site() + (r.location() == null ? "" : " · " + r.location())).raw("</span>");
        if (r.requiresApprovedApplication()) {
            html.raw("<span theme=\"badge contrast\">").text(getTranslation("pf.resource.grantOnly"))
                    .raw("</span>");
        }
        if (r.description() != null) {
            html.raw("<p>").text(r.description()).raw("</p>");
        }
        html.raw("<p class=\"field-hint\">").text(getTranslation("pf.resource.rules", hours(r), r.slotMinutes(),
                r.minMinutes() / 60.0, r.maxMinutes() / 60.0, r.leadHours(),
                r.monthlyQuotaHours() == null ? getTranslation("pf.resource.noQuota")
                        : getTranslation("pf.resource.quota", r.monthlyQuotaHours()))).raw("</p>");
        Div texts = new Div();
        texts.addClassName("pf-info-texts");
        texts.getElement().setProperty("innerHTML", html.toString());
        add(texts);
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
