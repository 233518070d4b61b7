package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import kr.innocluster.portal.pilotfactory.CalendarEntry;
import kr.innocluster.portal.pilotfactory.OpeningHours;
import kr.innocluster.portal.pilotfactory.ResourceCalendar;

/**
 * One week of one resource as a CSS grid: a column per day, a row per slot. Each cell is free, closed, too soon,
 * requested, approved, booked (someone else's) or blacked out; free cells can be clicked to start a request. A busy
 * stretch is labelled in its first cell of each day it covers, so a booking that runs past midnight reads the same on
 * both days.
 */
class WeekCalendar extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    WeekCalendar(ResourceCalendar calendar, LocalDate monday, ZoneId zone, Consumer<Instant> onFreeCell) {
        addClassName("pf-week");
        int slot = calendar.resource().slotMinutes();
        int rowMinutes = Math.max(slot, 30);
        int first = calendar.resource().openingHours().stream().mapToInt(h -> minutes(h.opens())).min().orElse(9 * 60);
        int last = calendar.resource().openingHours().stream().mapToInt(h -> closing(h.closes())).max().orElse(18 * 60);
        first = first / rowMinutes * rowMinutes;
        add(cell("pf-corner", ""));
        for (int d = 0; d < 7; d++) {
            LocalDate day = monday.plusDays(d);
            Div head = cell("pf-day-head", getTranslation("pf.weekday." + day.getDayOfWeek().getValue()));
            head.add(new Span(" " + DAY.format(day)));
            add(head);
        }
        Set<Labelled> labelled = new HashSet<>();
        for (int minute = first; minute < last; minute += rowMinutes) {
            add(cell("pf-time", TIME.format(LocalTime.MIN.plusMinutes(minute))));
            for (int d = 0; d < 7; d++) {
                LocalDate day = monday.plusDays(d);
                Instant start = day.atStartOfDay(zone).plusMinutes(minute).toInstant();
                Instant end = day.atStartOfDay(zone).plusMinutes(minute + rowMinutes).toInstant();
                add(slotCell(calendar, day, minute, rowMinutes, start, end, labelled, onFreeCell, zone));
            }
        }
    }

    @SuppressWarnings("java:S107")
    private Div slotCell(ResourceCalendar calendar, LocalDate day, int minute, int rowMinutes, Instant start,
                         Instant end, Set<Labelled> labelled, Consumer<Instant> onFreeCell, ZoneId zone) {
        Div cell = new Div();
        cell.addClassName("pf-cell");
        cell.getElement().setAttribute("data-start", day + "T" + TIME.format(LocalTime.MIN.plusMinutes(minute)));
        Optional<CalendarEntry> entry = calendar.entries().stream()
                .filter(e -> e.startsAt().isBefore(end) && e.endsAt().isAfter(start)).findFirst();
        if (entry.isPresent()) {
            CalendarEntry e = entry.get();
            cell.addClassName("pf-" + e.kind().name().toLowerCase());
            if (e.mine()) {
                cell.addClassName("pf-mine");
            }
            if (e.bookingId() != null) {
                cell.getElement().setAttribute("data-booking", e.bookingId().toString());
            }
            String label = label(e);
            cell.setTitle(label + " · " + TIME.format(e.startsAt().atZone(zone)) + "–"
                    + TIME.format(e.endsAt().atZone(zone)));
            if (labelled.add(new Labelled(e, day))) {
                cell.setText(label);
            }
        } else if (!open(calendar, day, minute, rowMinutes)) {
            cell.addClassName("pf-closed");
        } else if (start.isBefore(calendar.earliestStart())) {
            cell.addClassName("pf-past");
        } else {
            cell.addClassName("pf-free");
            if (onFreeCell != null) {
                cell.addClassName("pf-clickable");
                cell.setTitle(getTranslation("pf.calendar.clickToBook"));
                cell.addClickListener(click -> onFreeCell.accept(start));
            }
        }
        return cell;
    }

    private String label(CalendarEntry e) {
        return switch (e.kind()) {
            case BOOKED -> getTranslation("pf.calendar.booked");
            case BLACKOUT -> getTranslation("pf.calendar.blackout") + (e.title() == null ? "" : ": " + e.title());
            case REQUESTED, APPROVED -> getTranslation("pf.status." + e.kind()) + " · "
                    + (e.mine() ? getTranslation("pf.calendar.mine") : e.companyName());
        };
    }

    private static boolean open(ResourceCalendar calendar, LocalDate day, int minute, int rowMinutes) {
        DayOfWeek weekday = day.getDayOfWeek();
        return calendar.resource().openingHours().stream().filter(h -> h.day() == weekday)
                .anyMatch(h -> minutes(h.opens()) <= minute && minute + rowMinutes <= closing(h.closes()));
    }

    private static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    static int closing(LocalTime closes) {
        return LocalTime.MIDNIGHT.equals(closes) ? 24 * 60 : minutes(closes);
    }

    private static Div cell(String className, String text) {
        Div div = new Div();
        div.addClassName(className);
        div.setText(text);
        return div;
    }

    static OpeningHours hoursOf(ResourceCalendar calendar, DayOfWeek day) {
        return calendar.resource().openingHours().stream().filter(h -> h.day() == day).findFirst().orElse(null);
    }

    /** A busy stretch already labelled on a day. */
    private record Labelled(CalendarEntry entry, LocalDate day) {
    }
}
