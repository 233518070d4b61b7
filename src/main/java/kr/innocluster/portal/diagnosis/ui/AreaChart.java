package kr.innocluster.portal.diagnosis.ui;

import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import kr.innocluster.portal.diagnosis.AreaResult;
import kr.innocluster.portal.diagnosis.DiagnosisArea;
import kr.innocluster.portal.diagnosis.PeerComparison;

/**
 * The company's score per area as horizontal bars (0–100, with the level boundaries as faint lines) and, when enough
 * companies stand behind it, the regional average as a marker on each bar; SVG generated on the server like the pilot
 * factory's charts. Labels are escaped; colours come from the feature stylesheet ({@code diagnosis-chart-*}).
 */
class AreaChart extends Div {

    private static final int WIDTH = 720;
    private static final int ROW = 40;
    private static final int LEFT = 130;
    private static final int RIGHT = 70;
    private static final int TOP = 28;

    AreaChart(PeerComparison comparison, java.util.List<Integer> cutOffs) {
        addClassName("diagnosis-chart");
        int rows = DiagnosisArea.values().length;
        int height = TOP + rows * ROW + 10;
        double plot = WIDTH - LEFT - RIGHT;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg viewBox='0 0 %d %d' width='100%%' role='img' "
                + "xmlns='http://www.w3.org/2000/svg'>", WIDTH, height));
        svg.append(String.format(Locale.ROOT, "<rect class='diagnosis-chart-key-mine' x='%d' y='6' width='14' "
                + "height='10'/><text class='diagnosis-chart-label' x='%d' y='15'>%s</text>", LEFT, LEFT + 20,
                escape(getTranslation("diagnosis.chart.mine"))));
        if (comparison.averageShown()) {
            svg.append(String.format(Locale.ROOT, "<line class='diagnosis-chart-average' x1='%d' x2='%d' y1='5' "
                    + "y2='17'/><text class='diagnosis-chart-label' x='%d' y='15'>%s</text>", LEFT + 150,
                    LEFT + 150, LEFT + 158, escape(getTranslation("diagnosis.chart.average", comparison.peers()))));
        }
        for (int tick = 0; tick <= 100; tick += 20) {
            double x = LEFT + plot * tick / 100;
            svg.append(String.format(Locale.ROOT, "<line class='diagnosis-chart-grid' x1='%.1f' x2='%.1f' y1='%d' "
                    + "y2='%d'/>", x, x, TOP - 4, height - 8));
        }
        int row = 0;
        for (DiagnosisArea area : DiagnosisArea.values()) {
            AreaResult result = comparison.result().area(area);
            double y = TOP + row * ROW;
            double w = plot * result.score() / 100;
            svg.append(String.format(Locale.ROOT, "<text class='diagnosis-chart-area' x='%d' y='%.1f' "
                    + "text-anchor='end'>%s</text>", LEFT - 8, y + 21, escape(getTranslation("diagnosis.area."
                    + area.name()))));
            svg.append(String.format(Locale.ROOT, "<rect class='diagnosis-chart-track' x='%d' y='%.1f' width='%.1f' "
                    + "height='20' rx='3'/>", LEFT, y + 6, plot));
            svg.append(String.format(Locale.ROOT, "<rect class='diagnosis-chart-mine level-%d' x='%d' y='%.1f' "
                    + "width='%.1f' height='20' rx='3'><title>%d</title></rect>", result.level(), LEFT, y + 6,
                    Math.max(w, 2), result.score()));
            Double average = comparison.averages().get(area);
            if (average != null) {
                double ax = LEFT + plot * average / 100;
                svg.append(String.format(Locale.ROOT, "<line class='diagnosis-chart-average' x1='%.1f' x2='%.1f' "
                        + "y1='%.1f' y2='%.1f'><title>%.0f</title></line>", ax, ax, y + 2, y + 30, average));
            }
            svg.append(String.format(Locale.ROOT, "<text class='diagnosis-chart-value' x='%d' y='%.1f'>%s</text>",
                    WIDTH - RIGHT + 8, y + 21, escape(result.score() + " · "
                            + getTranslation("diagnosis.level.short", result.level()))));
            row++;
        }
        svg.append("</svg>");
        getElement().setProperty("innerHTML", svg.toString());
        getElement().setAttribute("aria-label", getTranslation("diagnosis.chart.title"));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }
}
