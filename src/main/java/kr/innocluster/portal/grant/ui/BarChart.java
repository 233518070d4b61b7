package kr.innocluster.portal.grant.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * Horizontal grouped bars drawn as SVG on the server (no chart component in the browser): one group per row label,
 * one bar per series with its value written next to it. Bars are scaled over the whole chart, or within each group
 * when the groups measure different things (sales in won next to patents as counts). Colours come from the stylesheet
 * through the classes {@code grant-chart-s0..s4}; labels are escaped.
 */
class BarChart extends Div {

    private static final int WIDTH = 760;
    private static final int LABEL = 170;
    private static final int BAR = 14;
    private static final int GAP = 12;

    BarChart(List<String> groups, List<String> series, List<long[]> values, List<LongFunction<String>> formats,
             boolean scalePerGroup) {
        addClassName("grant-chart");
        Div legend = new Div();
        legend.addClassName("grant-chart-legend");
        for (int s = 0; s < series.size(); s++) {
            Span swatch = new Span();
            swatch.addClassNames("grant-chart-swatch", "grant-chart-s" + s);
            Span item = new Span(swatch, new Span(series.get(s)));
            item.addClassName("grant-chart-legend-item");
            legend.add(item);
        }
        long overall = values.stream().flatMapToLong(java.util.Arrays::stream).max().orElse(0);
        int groupHeight = series.size() * BAR + GAP;
        int height = Math.max(groups.size() * groupHeight + 8, 30);
        double plot = WIDTH - LABEL - 110.0;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg viewBox='0 0 %d %d' width='100%%' role='img' xmlns='http://www.w3.org/2000/svg'>",
                WIDTH, height));
        for (int g = 0; g < groups.size(); g++) {
            long[] row = values.get(g);
            long max = scalePerGroup ? java.util.Arrays.stream(row).max().orElse(0) : overall;
            int top = 4 + g * groupHeight;
            svg.append(String.format(Locale.ROOT, "<text class='grant-chart-label' x='%d' y='%d'>%s</text>",
                    LABEL - 8, top + series.size() * BAR / 2 + 4, escape(shorten(groups.get(g)))));
            for (int s = 0; s < series.size(); s++) {
                double width = max <= 0 ? 0 : Math.max(row[s] > 0 ? 1.5 : 0, plot * row[s] / max);
                int y = top + s * BAR;
                svg.append(String.format(Locale.ROOT,
                        "<rect class='grant-chart-s%d' x='%d' y='%d' width='%.1f' height='%d' rx='2'/>",
                        s, LABEL, y + 1, width, BAR - 3));
                svg.append(String.format(Locale.ROOT,
                        "<text class='grant-chart-value' x='%.1f' y='%d'>%s</text>", LABEL + width + 6, y + BAR - 3,
                        escape(formats.get(g).apply(row[s]))));
            }
        }
        svg.append("</svg>");
        Div drawing = new Div();
        drawing.getElement().setProperty("innerHTML", svg.toString());
        add(legend, drawing);
    }

    private static String shorten(String label) {
        return label.length() > 14 ? label.substring(0, 13) + "\u2026" : label;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
                .replace("\"", "&quot;");
    }
}
