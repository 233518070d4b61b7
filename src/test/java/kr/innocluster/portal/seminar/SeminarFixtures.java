package kr.innocluster.portal.seminar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import kr.innocluster.portal.security.TestUsers;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Seminars for any test: created (and published) through {@link SeminarService} by the demo official, registrations
 * made through {@link SeminarRegistrationService} by the attendee themselves. Seminars start at a fixed hour on a day
 * relative to the portal's clock, so no test depends on the time of day it runs at; a test that needs "the seminar
 * is about to start" moves the portal's clock. The caller's security context is restored afterwards.
 */
@TestComponent
public class SeminarFixtures {

    /** Every fixture seminar runs 14:00–17:00 Seoul time; its programme fits inside that afternoon. */
    public static final LocalTime STARTS_AT = LocalTime.of(14, 0);
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final SeminarService seminars;
    private final SeminarRegistrationService registrations;
    private final Clock clock;

    SeminarFixtures(SeminarService seminars, SeminarRegistrationService registrations, Clock clock) {
        this.seminars = seminars;
        this.registrations = registrations;
        this.clock = clock;
    }

    /** A valid form for a seminar {@code daysAhead} days after the portal's today, open for registration now. */
    public SeminarForm form(String title, int capacity, int daysAhead) {
        return validForm(title, capacity, LocalDate.now(clock.withZone(SEOUL)).plusDays(daysAhead).atTime(STARTS_AT));
    }

    /** Created and published by the official; returns its id. */
    public long published(SeminarForm form) {
        return asOfficial(() -> seminars.saveAndPublish(form));
    }

    /** Created by the official and left a draft; returns its id. */
    public long draft(SeminarForm form) {
        return asOfficial(() -> seminars.save(form));
    }

    /** The seminar's start as an instant (to move the portal's clock around it). */
    public Instant startOf(long seminarId) {
        return asOfficial(() -> seminars.details(seminarId).orElseThrow().startsAt());
    }

    /** {@code username} (an attendee) registers with {@link #registrationOf(String) their valid form}. */
    public RegistrationResult register(long seminarId, String username) {
        return as(username, "attendee", () -> registrations.register(seminarId, registrationOf(username)));
    }

    /**
     * A valid form: three hours from {@code startsAt}, a talk and a Q&A, 30 days of retention; registration opened a
     * month before and closes ten minutes before the start.
     */
    public static SeminarForm validForm(String title, int capacity, LocalDateTime startsAt) {
        SeminarForm form = new SeminarForm();
        form.setTitle(title);
        form.setHost("대구테크노파크");
        form.setDescription("테스트 세미나");
        form.setVenue("대구 EXCO 컨벤션홀");
        form.setStartsAt(startsAt);
        form.setEndsAt(startsAt.plusHours(3));
        form.setRegistrationOpensAt(startsAt.minusDays(30));
        form.setRegistrationClosesAt(startsAt.minusMinutes(10));
        form.setCapacity(capacity);
        form.setRetentionDays(30);
        LocalTime first = startsAt.toLocalTime();
        form.setSessions(List.of(
                new SeminarForm.SessionForm(first, first.plusMinutes(50), "AI의 원리와 인프라", "김도윤", "대구테크노파크"),
                new SeminarForm.SessionForm(first.plusMinutes(60), first.plusMinutes(120), "질의응답", "", "")));
        return form;
    }

    /**
     * What {@code name} enters to register: their account's verified address (so the registration needs no
     * confirmation link), a mobile number, consent given.
     */
    public static RegistrationForm registrationOf(String name) {
        return new RegistrationForm(name, "한빛정밀 주식회사", emailOf(name), "010-1234-5678", true);
    }

    /** The address {@link #registrationOf(String)} registers {@code name} with: their account's (see TestUsers). */
    public static String emailOf(String name) {
        return name + "@test.example";
    }

    private <T> T asOfficial(Supplier<T> action) {
        return as("official", "official", action);
    }

    private static <T> T as(String username, String role, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            TestUsers.signIn(username, role);
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
