package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.program.TimelineEntry;

/** The application's steps with their time (and the why of a correction request or rejection). */
class TimelineList extends OrderedList {

    TimelineList(List<TimelineEntry> timeline, DisplayZone zone) {
        addClassName("program-timeline");
        setId("timeline");
        for (TimelineEntry entry : timeline) {
            ListItem item = new ListItem();
            Span when = new Span(zone.formatDateTime(entry.at()) + "  ");
            when.addClassName("program-timeline-time");
            item.add(when, new Span(getTranslation("program.timeline." + entry.action().name())));
            if (entry.detail() != null) {
                item.add(new Span(" — " + entry.detail()));
            }
            add(item);
        }
    }
}
