package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.Consumer;
import kr.innocluster.portal.pilotfactory.CalendarEntry;
import kr.innocluster.portal.pilotfactory.OpeningHours;
import kr.innocluster.portal.pilotfactory.ResourceCalendar;

/** A month of one resource: each day shows how much of its open time is taken, and what kind; a click opens the week. */
class MonthCalendar extends Div {

    MonthCalendar(ResourceCalendar calendar, YearMonth month, ZoneId zone, Consumer<LocalDate> onDay) {
        addClassName("pf-month");
        for (int d = 1; d <= 7; d++) {
            Div head = new Div();
            head.addClassName("pf-day-head");
            head.setText(getTranslation("pf.weekday." + d));
            add(head);
        }
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            add(dayCell(calendar, day, month, zone, onDay));
        }
    }

    private Div dayCell(ResourceCalendar calendar, LocalDate day, YearMonth month, ZoneId zone,
                        Consumer<LocalDate> onDay) {
        Div cell = new Div();
        cell.addClassName("pf-month-day");
        cell.getElement().setAttribute("data-day", day.toString());
        if (!YearMonth.from(day).equals(month)) {
            cell.addClassName("pf-other-month");
        }
        Span number = new Span(Integer.toString(day.getDayOfMonth()));
        number.addClassName("pf-day-number");
        cell.add(number);
        OpeningHours hours = WeekCalendar.hoursOf(calendar, day.getDayOfWeek());
        if (hours == null) {
            cell.addClassName("pf-closed");
            cell.add(note(getTranslation("pf.calendar.closed")));
        } else {
            Instant open = day.atTime(hours.opens()).atZone(zone).toInstant();
            Instant close = day.atStartOfDay(zone).plusMinutes(WeekCalendar.closing(hours.closes())).toInstant();
            long openMinutes = java.time.Duration.between(open, close).toMinutes();
            List<CalendarEntry> today = calendar.entries().stream()
                    .filter(e -> e.startsAt().isBefore(close) && e.endsAt().isAfter(open)).toList();
            Div bar = new Div();
            bar.addClassName("pf-day-bar");
            for (CalendarEntry e : today) {
                Instant from = e.startsAt().isBefore(open) ? open : e.startsAt();
                Instant to = e.endsAt().isAfter(close) ? close : e.endsAt();
                Div part = new Div();
                part.addClassNames("pf-bar-part", "pf-" + e.kind().name().toLowerCase());
                part.getStyle().set("width", (100.0 * java.time.Duration.between(from, to).toMinutes() / openMinutes)
                        + "%");
                bar.add(part);
            }
            cell.add(bar);
            long booked = today.stream().filter(e -> e.kind() != CalendarEntry.Kind.BLACKOUT).count();
            boolean blackout = today.stream().anyMatch(e -> e.kind() == CalendarEntry.Kind.BLACKOUT);
            if (booked > 0) {
                cell.add(note(getTranslation("pf.calendar.bookingsCount", booked)));
            }
            if (blackout) {
                cell.add(note(getTranslation("pf.calendar.blackout")));
            }
        }
        cell.addClickListener(click -> onDay.accept(day));
        return cell;
    }

    private static Span note(String text) {
        Span span = new Span(text);
        span.addClassName("pf-day-note");
        return span;
    }
}
