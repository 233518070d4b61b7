package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import kr.innocluster.portal.pilotfactory.UtilisationReport;

/**
 * Open and approved hours of each day of the month as an SVG bar chart, generated on the server (Vaadin Charts is a
 * commercial add-on). Only numbers go into the markup, so nothing needs escaping; colours and fonts come from the
 * feature stylesheet through the classes {@code pf-chart-*}.
 */
class DailyChart extends Div {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 220;
    private static final int LEFT = 36;
    private static final int BOTTOM = 24;

    DailyChart(UtilisationReport report) {
        addClassName("pf-chart");
        List<UtilisationReport.DailyUse> days = report.days();
        double highest = days.stream().mapToDouble(UtilisationReport.DailyUse::availableHours).max().orElse(0);
        double max = Math.max(4, Math.ceil(highest / 4) * 4);
        double step = (WIDTH - LEFT - 8.0) / days.size();
        double plot = HEIGHT - BOTTOM - 8.0;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg viewBox='0 0 %d %d' width='100%%' role='img' "
                + "xmlns='http://www.w3.org/2000/svg'>", WIDTH, HEIGHT));
        for (int tick = 0; tick <= 4; tick++) {
            double value = max * tick / 4;
            double y = 8 + plot - plot * tick / 4;
            svg.append(String.format(Locale.ROOT, "<line class='pf-chart-grid' x1='%d' x2='%d' y1='%.1f' y2='%.1f'/>"
                    + "<text class='pf-chart-label' x='%d' y='%.1f' text-anchor='end'>%.0f</text>",
                    LEFT, WIDTH - 8, y, y, LEFT - 4, y + 3, value));
        }
        for (int i = 0; i < days.size(); i++) {
            UtilisationReport.DailyUse day = days.get(i);
            double x = LEFT + i * step + step * 0.15;
            double w = step * 0.7;
            double openH = plot * day.availableHours() / max;
            double usedH = plot * day.bookedHours() / max;
            svg.append(String.format(Locale.ROOT, "<rect class='pf-chart-open' x='%.1f' y='%.1f' width='%.1f' "
                    + "height='%.1f'><title>%s</title></rect>", x, 8 + plot - openH, w, openH,
                    day.day() + " " + fmt(day.bookedHours()) + "/" + fmt(day.availableHours()) + "h"));
            svg.append(String.format(Locale.ROOT, "<rect class='pf-chart-used' x='%.1f' y='%.1f' width='%.1f' "
                    + "height='%.1f'/>", x, 8 + plot - usedH, w, usedH));
            if (day.day().getDayOfMonth() % 5 == 1) {
                svg.append(String.format(Locale.ROOT, "<text class='pf-chart-label' x='%.1f' y='%d' "
                        + "text-anchor='middle'>%d</text>", x + w / 2, HEIGHT - 8, day.day().getDayOfMonth()));
            }
        }
        svg.append("</svg>");
        getElement().setProperty("innerHTML", svg.toString());
    }

    private static String fmt(double hours) {
        return String.format(Locale.ROOT, "%.1f", hours);
    }
}
