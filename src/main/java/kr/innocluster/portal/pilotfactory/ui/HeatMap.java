package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import kr.innocluster.portal.pilotfactory.UtilisationReport;

/**
 * Approved hours by weekday × hour as a grid of cells whose colour intensity follows the hours: each cell gets one of
 * eleven levels ({@code pf-heat-level-0} … {@code -10}), which the feature stylesheet turns into the brand colour's
 * strength; the exact hours are in the cell's tooltip.
 */
class HeatMap extends Div {

    private static final int LEVELS = 10;

    HeatMap(UtilisationReport report) {
        addClassName("pf-heat");
        double max = report.maxHeat();
        add(cell("pf-heat-corner", ""));
        for (int hour = 0; hour < 24; hour++) {
            add(cell("pf-heat-hour", hour % 3 == 0 ? Integer.toString(hour) : ""));
        }
        for (int day = 0; day < 7; day++) {
            add(cell("pf-heat-day", getTranslation("pf.weekday." + (day + 1))));
            for (int hour = 0; hour < 24; hour++) {
                double hours = report.heat()[day][hour];
                Div cell = cell("pf-heat-cell", "");
                double intensity = max == 0 ? 0 : hours / max;
                cell.addClassName("pf-heat-level-" + Math.round(intensity * LEVELS));
                cell.setTitle(getTranslation("pf.util.heatCell", getTranslation("pf.weekday." + (day + 1)), hour,
                        String.format(Locale.ROOT, "%.1f", hours)));
                add(cell);
            }
        }
    }

    private static Div cell(String className, String text) {
        Div div = new Div();
        div.addClassName(className);
        div.setText(text);
        return div;
    }
}
