package kr.innocluster.portal.pilotfactory.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import kr.innocluster.portal.pilotfactory.BookingRequest;

/** The request form's own copy of what the user types; becomes a {@link BookingRequest} on submit. */
class BookingForm {

    private LocalDate date;
    private LocalTime start;
    private LocalTime end;
    private String purpose = "";
    private String solution = "";
    private Integer visitors = 1;
    private Integer weeks = 1;

    BookingRequest toRequest(long resourceId, ZoneId zone, boolean skipConflicts) {
        var startsAt = date == null || start == null ? null : date.atTime(start).atZone(zone).toInstant();
        // An end at or before the start runs into the next day (e.g. 22:00-02:00 on a 24-hour server).
        var endDate = date != null && end != null && start != null && !end.isAfter(start) ? date.plusDays(1) : date;
        var endsAt = endDate == null || end == null ? null : endDate.atTime(end).atZone(zone).toInstant();
        return new BookingRequest(resourceId, startsAt, endsAt, purpose, solution, visitors == null ? 0 : visitors,
                weeks == null ? 1 : weeks, skipConflicts);
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getSolution() {
        return solution;
    }

    public void setSolution(String solution) {
        this.solution = solution;
    }

    public Integer getVisitors() {
        return visitors;
    }

    public void setVisitors(Integer visitors) {
        this.visitors = visitors;
    }

    public Integer getWeeks() {
        return weeks;
    }

    public void setWeeks(Integer weeks) {
        this.weeks = weeks;
    }
}
