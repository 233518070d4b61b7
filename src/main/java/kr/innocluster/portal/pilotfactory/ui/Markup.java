package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.dom.DomEventListener;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableConsumer;
import tools.jackson.databind.JsonNode;

/**
 * Builds an HTML fragment for an element's {@code innerHTML}: text and attribute values are escaped, and every
 * character outside ASCII is written as a numeric character reference. The fragment then holds only Latin-1
 * characters, so the JVM keeps it with one byte per character (a compact string) for as long as the session keeps
 * the view, instead of two.
 */
final class Markup {

    private final StringBuilder html;

    Markup(int capacity) {
        html = new StringBuilder(capacity);
    }

    /** Raw markup written by this package (tags, fixed attribute names); never user or database text. */
    Markup raw(String markup) {
        html.append(markup);
        return this;
    }

    /** Text or an attribute value, escaped. */
    Markup text(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> {
                    if (c < 0x80) {
                        html.append((char) c);
                    } else {
                        html.append("&#").append(c).append(';');
                    }
                }
            }
            i += Character.charCount(c);
        }
        return this;
    }

    /** {@code name="value"} with a leading space; the value escaped. */
    Markup attribute(String name, String value) {
        html.append(' ').append(name).append("=\"");
        text(value);
        html.append('"');
        return this;
    }

    /**
     * One click listener and one key listener (Enter, Space) on {@code element} for all its cells matching
     * {@code selector}: the browser sends the picked cell's {@code data-<dataName>} and nothing for other clicks.
     */
    static void onPick(Element element, String selector, String dataName, SerializableConsumer<String> picked) {
        String cell = "event.target.closest('" + selector + "')";
        String value = cell + ".dataset." + dataName;
        DomEventListener listener = event -> {
            JsonNode data = event.getEventData().get(value);
            if (data != null && data.isString()) {
                picked.accept(data.asString());
            }
        };
        element.addEventListener("click", listener).addEventData(value).setFilter(cell + " !== null");
        // Space would otherwise scroll the page: prevented only when a cell is picked, so Tab still moves on
        element.addEventListener("keydown", listener).addEventData(value)
                .setFilter("(event.key === 'Enter' || event.key === ' ') && " + cell
                        + " !== null && (event.preventDefault(), true)");
    }

    @Override
    public String toString() {
        return html.toString();
    }
}
