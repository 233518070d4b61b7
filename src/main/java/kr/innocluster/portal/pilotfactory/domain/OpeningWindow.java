package kr.innocluster.portal.pilotfactory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.LocalTime;

@Embeddable
public class OpeningWindow {

    @Column(name = "day_of_week", nullable = false)
    private short dayOfWeek;

    @Column(name = "opens_at", nullable = false)
    private LocalTime opensAt;

    @Column(name = "closes_at", nullable = false)
    private LocalTime closesAt;

    protected OpeningWindow() {
    }

    public OpeningWindow(DayOfWeek day, LocalTime opensAt, LocalTime closesAt) {
        this.dayOfWeek = (short) day.getValue();
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    public DayOfWeek getDay() {
        return DayOfWeek.of(dayOfWeek);
    }

    public LocalTime getOpensAt() {
        return opensAt;
    }

    public LocalTime getClosesAt() {
        return closesAt;
    }
}
