package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * A program description with simple, safe formatting: blank lines separate paragraphs, lines starting with "- " or
 * "* " become bullets. Every piece is set as text, so nothing an author types is ever interpreted as HTML.
 */
class FormattedText extends Div {

    FormattedText(String text) {
        addClassName("program-formatted-text");
        UnorderedList list = null;
        StringBuilder paragraph = new StringBuilder();
        for (String raw : (text == null ? "" : text).split("\\R", -1)) {
            String line = raw.strip();
            boolean bullet = line.startsWith("- ") || line.startsWith("* ");
            if (line.isEmpty() || bullet) {
                flush(paragraph);
            }
            if (bullet) {
                if (list == null) {
                    list = new UnorderedList();
                    add(list);
                }
                list.add(new ListItem(line.substring(2).strip()));
            } else if (!line.isEmpty()) {
                list = null;
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
            } else {
                list = null;
            }
        }
        flush(paragraph);
    }

    private void flush(StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            add(new Paragraph(paragraph.toString()));
            paragraph.setLength(0);
        }
    }
}
