package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.html.Div;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import kr.innocluster.portal.pilotfactory.CalendarEntry;
import kr.innocluster.portal.pilotfactory.OpeningHours;
import kr.innocluster.portal.pilotfactory.ResourceCalendar;

/**
 * A month of one resource: each day shows how much of its open time is taken, and what kind; a click (or Enter on a
 * focused day) opens the week. Like {@link WeekCalendar}, one HTML fragment with one listener for all days.
 */
class MonthCalendar extends Div {

    MonthCalendar(ResourceCalendar calendar, YearMonth month, ZoneId zone, Consumer<LocalDate> onDay) {
        addClassName("pf-month");
        Markup html = new Markup(8192);
        for (int d = 1; d <= 7; d++) {
            html.raw("<div class=\"pf-day-head\">").text(getTranslation("pf.weekday." + d)).raw("</div>");
        }
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            dayCell(html, calendar, day, month, zone);
        }
        getElement().setProperty("innerHTML", html.toString());
        LocalDate shownFrom = first;
        LocalDate shownTo = last;
        Markup.onPick(getElement(), ".pf-month-day", "day", picked -> {
            try {
                LocalDate day = LocalDate.parse(picked);
                if (!day.isBefore(shownFrom) && !day.isAfter(shownTo)) {
                    onDay.accept(day);
                }
            } catch (DateTimeParseException notADay) {
                // not sent by this month's markup: ignore
            }
        });
    }

    private void dayCell(Markup html, ResourceCalendar calendar, LocalDate day, YearMonth month, ZoneId zone) {
        OpeningHours hours = WeekCalendar.hoursOf(calendar, day.getDayOfWeek());
        html.raw("<div class=\"pf-month-day");
        if (!YearMonth.from(day).equals(month)) {
            html.raw(" pf-other-month");
        }
        if (hours == null) {
            html.raw(" pf-closed");
        }
        html.raw("\"").attribute("data-day", day.toString())
                .attribute("title", getTranslation("pf.weekday." + day.getDayOfWeek().getValue()) + " " + day)
                .raw(" role=\"button\" tabindex=\"0\"><span class=\"pf-day-number\">")
                .text(Integer.toString(day.getDayOfMonth())).raw("</span>");
        if (hours == null) {
            note(html, getTranslation("pf.calendar.closed"));
        } else {
            Instant open = day.atTime(hours.opens()).atZone(zone).toInstant();
            Instant close = day.atStartOfDay(zone).plusMinutes(WeekCalendar.closing(hours.closes())).toInstant();
            long openMinutes = Duration.between(open, close).toMinutes();
            List<CalendarEntry> today = calendar.entries().stream()
                    .filter(e -> e.startsAt().isBefore(close) && e.endsAt().isAfter(open)).toList();
            html.raw("<div class=\"pf-day-bar\">");
            for (CalendarEntry e : today) {
                Instant from = e.startsAt().isBefore(open) ? open : e.startsAt();
                Instant to = e.endsAt().isAfter(close) ? close : e.endsAt();
                html.raw("<div class=\"pf-bar-part pf-").raw(e.kind().name().toLowerCase(Locale.ROOT)).raw("\"")
                        .attribute("style", "width: " + (100.0 * Duration.between(from, to).toMinutes() / openMinutes)
                                + "%")
                        .raw("></div>");
            }
            html.raw("</div>");
            long booked = today.stream().filter(e -> e.kind() != CalendarEntry.Kind.BLACKOUT).count();
            boolean blackout = today.stream().anyMatch(e -> e.kind() == CalendarEntry.Kind.BLACKOUT);
            if (booked > 0) {
                note(html, getTranslation("pf.calendar.bookingsCount", booked));
            }
            if (blackout) {
                note(html, getTranslation("pf.calendar.blackout"));
            }
        }
        html.raw("</div>");
    }

    private static void note(Markup html, String text) {
        html.raw("<span class=\"pf-day-note\">").text(text).raw("</span>");
    }
}
