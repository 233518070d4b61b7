package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.html.Div;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import kr.innocluster.portal.pilotfactory.CalendarEntry;
import kr.innocluster.portal.pilotfactory.OpeningHours;
import kr.innocluster.portal.pilotfactory.ResourceCalendar;

/**
 * One week of one resource as a CSS grid: a column per day, a row per slot. Each cell is free, closed, too soon,
 * requested, approved, booked (someone else's) or blacked out; free cells can be clicked (or reached with Tab and
 * picked with Enter or Space) to start a request. A busy stretch is labelled in its first cell of each day it covers,
 * so a booking that runs past midnight reads the same on both days.
 *
 * <p>The grid is one element whose cells are an HTML fragment ({@link Markup}), not a component with its own click
 * listener per cell: a company keeps this view open in its session, and a hundred-odd state nodes and listeners per
 * week cost far more heap than one string. One click and one key listener on the grid read the picked cell's
 * {@code data-start} in the browser; only clicks on free cells reach the server.
 */
class WeekCalendar extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final LocalDate monday;
    private final ZoneId zone;

    WeekCalendar(ResourceCalendar calendar, LocalDate monday, ZoneId zone, Consumer<Instant> onFreeCell) {
        this.monday = monday;
        this.zone = zone;
        addClassName("pf-week");
        int slot = calendar.resource().slotMinutes();
        int rowMinutes = Math.max(slot, 30);
        int first = calendar.resource().openingHours().stream().mapToInt(h -> minutes(h.opens())).min().orElse(9 * 60);
        int last = calendar.resource().openingHours().stream().mapToInt(h -> closing(h.closes())).max().orElse(18 * 60);
        first = first / rowMinutes * rowMinutes;
        Markup html = new Markup(8192);
        html.raw("<div class=\"pf-corner\"></div>");
        String[] dayNames = new String[7];
        for (int d = 0; d < 7; d++) {
            LocalDate day = monday.plusDays(d);
            dayNames[d] = getTranslation("pf.weekday." + day.getDayOfWeek().getValue());
            html.raw("<div class=\"pf-day-head\">").text(dayNames[d]).raw("<span> ").text(DAY.format(day))
                    .raw("</span></div>");
        }
        String clickToBook = onFreeCell == null ? null : getTranslation("pf.calendar.clickToBook");
        Set<Labelled> labelled = new HashSet<>();
        for (int minute = first; minute < last; minute += rowMinutes) {
            html.raw("<div class=\"pf-time\">").text(TIME.format(LocalTime.MIN.plusMinutes(minute))).raw("</div>");
            for (int d = 0; d < 7; d++) {
                LocalDate day = monday.plusDays(d);
                Instant start = day.atStartOfDay(zone).plusMinutes(minute).toInstant();
                Instant end = day.atStartOfDay(zone).plusMinutes(minute + rowMinutes).toInstant();
                slotCell(html, calendar, new Slot(day, minute, rowMinutes, start, end), labelled,
                        clickToBook == null ? null : dayNames[d] + " " + DAY.format(day) + " "
                                + TIME.format(LocalTime.MIN.plusMinutes(minute)) + " · " + clickToBook);
            }
        }
        getElement().setProperty("innerHTML", html.toString());
        if (onFreeCell != null) {
            Markup.onPick(getElement(), ".pf-clickable", "start", start -> picked(start, onFreeCell));
        }
    }

    /** The cell the browser reports, if it is a slot of the week shown; anything else is ignored. */
    private void picked(String start, Consumer<Instant> onFreeCell) {
        try {
            LocalDateTime at = LocalDateTime.parse(start);
            if (!at.toLocalDate().isBefore(monday) && at.toLocalDate().isBefore(monday.plusDays(7))) {
                onFreeCell.accept(at.atZone(zone).toInstant());
            }
        } catch (DateTimeParseException notASlot) {
            // not sent by this grid's markup: ignore
        }
    }

    private void slotCell(Markup html, ResourceCalendar calendar, Slot slot, Set<Labelled> labelled,
                          String freeTitle) {
        html.raw("<div class=\"pf-cell");
        Optional<CalendarEntry> entry = calendar.entries().stream()
                .filter(e -> e.startsAt().isBefore(slot.end()) && e.endsAt().isAfter(slot.start())).findFirst();
        String title = null;
        String text = null;
        boolean clickable = false;
        Long booking = null;
        if (entry.isPresent()) {
            CalendarEntry e = entry.get();
            html.raw(" pf-").raw(e.kind().name().toLowerCase(Locale.ROOT));
            if (e.mine()) {
                html.raw(" pf-mine");
            }
            booking = e.bookingId();
            String label = label(e);
            title = label + " · " + TIME.format(e.startsAt().atZone(zone)) + "–" + TIME.format(e.endsAt().atZone(zone));
            if (labelled.add(new Labelled(e, slot.day()))) {
                text = label;
            }
        } else if (!open(calendar, slot.day(), slot.minute(), slot.rowMinutes())) {
            html.raw(" pf-closed");
        } else if (slot.start().isBefore(calendar.earliestStart())) {
            html.raw(" pf-past");
        } else {
            html.raw(" pf-free");
            if (freeTitle != null) {
                html.raw(" pf-clickable");
                title = freeTitle;
                clickable = true;
            }
        }
        html.raw("\"").attribute("data-start", slot.day() + "T" + TIME.format(LocalTime.MIN.plusMinutes(slot.minute())));
        if (booking != null) {
            html.attribute("data-booking", booking.toString());
        }
        if (title != null) {
            html.attribute("title", title);
        }
        if (clickable) {
            html.raw(" role=\"button\" tabindex=\"0\"");
        }
        html.raw(">");
        if (text != null) {
            html.text(text);
        }
        html.raw("</div>");
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

    static OpeningHours hoursOf(ResourceCalendar calendar, DayOfWeek day) {
        return calendar.resource().openingHours().stream().filter(h -> h.day() == day).findFirst().orElse(null);
    }

    /** A busy stretch already labelled on a day. */
    private record Labelled(CalendarEntry entry, LocalDate day) {
    }

    /** One cell of the grid: a day and a row. */
    private record Slot(LocalDate day, int minute, int rowMinutes, Instant start, Instant end) {
    }
}
