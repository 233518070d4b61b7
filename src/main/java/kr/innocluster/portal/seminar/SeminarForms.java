package kr.innocluster.portal.seminar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.seminar.domain.Seminar;
import kr.innocluster.portal.seminar.domain.SeminarSession;
import org.springframework.stereotype.Component;

/** Converts between a seminar and the official's form copy, and checks the form (the same rules the UI shows). */
@Component
class SeminarForms {

    /** The summary of a refused form (a notice when the form cannot show a field). */
    static final String INVALID = "seminar.form.error.invalid";

    private final DisplayZone zone;

    SeminarForms(DisplayZone zone) {
        this.zone = zone;
    }

    void validate(SeminarForm form, int confirmedCount) {
        Map<String, String> errors = new LinkedHashMap<>();
        required(errors, "title", form.getTitle(), 200);
        required(errors, "host", form.getHost(), 200);
        required(errors, "venue", form.getVenue(), 300);
        if (form.getDescription() != null && form.getDescription().length() > 5000) {
            errors.put("description", "seminar.form.error.tooLong");
        }
        String url = blankToNull(form.getOnlineUrl());
        if (url != null && (!url.matches("^https?://\\S+$") || url.length() > 500)) {
            errors.put("onlineUrl", "seminar.form.error.url");
        }
        requiredTime(errors, "startsAt", form.getStartsAt());
        requiredTime(errors, "endsAt", form.getEndsAt());
        requiredTime(errors, "registrationOpensAt", form.getRegistrationOpensAt());
        requiredTime(errors, "registrationClosesAt", form.getRegistrationClosesAt());
        if (form.getStartsAt() != null && form.getEndsAt() != null && !form.getEndsAt().isAfter(form.getStartsAt())) {
            errors.put("endsAt", "seminar.form.error.endBeforeStart");
        }
        if (form.getRegistrationOpensAt() != null && form.getRegistrationClosesAt() != null
                && !form.getRegistrationClosesAt().isAfter(form.getRegistrationOpensAt())) {
            errors.put("registrationClosesAt", "seminar.form.error.closesBeforeOpens");
        } else if (form.getRegistrationClosesAt() != null && form.getStartsAt() != null
                && form.getRegistrationClosesAt().isAfter(form.getStartsAt())) {
            errors.put("registrationClosesAt", "seminar.form.error.closesAfterStart");
        }
        if (form.getCapacity() == null || form.getCapacity() < 1 || form.getCapacity() > 10000) {
            errors.put("capacity", "seminar.form.error.capacity");
        } else if (form.getCapacity() < confirmedCount) {
            errors.put("capacity", "seminar.form.error.capacityBelowConfirmed");
        }
        if (form.getRetentionDays() == null || form.getRetentionDays() < 1 || form.getRetentionDays() > 1825) {
            errors.put("retentionDays", "seminar.form.error.retention");
        }
        for (SeminarForm.SessionForm session : form.getSessions()) {
            if (session.getTopic() == null || session.getTopic().isBlank() || session.getStartsAt() == null
                    || session.getEndsAt() == null || !session.getEndsAt().isAfter(session.getStartsAt())) {
                errors.put("sessions", "seminar.form.error.session");
            }
        }
        if (!errors.isEmpty()) {
            throw RuleException.invalid(INVALID, errors);
        }
    }

    void apply(SeminarForm form, Seminar seminar) {
        seminar.describe(form.getTitle().strip(), form.getHost().strip(), blankToNull(form.getDescription()),
                form.getVenue().strip(), blankToNull(form.getOnlineUrl()));
        seminar.schedule(instant(form.getStartsAt()), instant(form.getEndsAt()), instant(form.getRegistrationOpensAt()),
                instant(form.getRegistrationClosesAt()));
        seminar.limit(form.getCapacity(), form.getRetentionDays());
        LocalDate day = form.getStartsAt().toLocalDate();
        List<SeminarSession> sessions = new ArrayList<>();
        for (SeminarForm.SessionForm session : form.getSessions()) {
            sessions.add(new SeminarSession(instant(day.atTime(session.getStartsAt())),
                    instant(day.atTime(session.getEndsAt())), session.getTopic().strip(),
                    blankToNull(session.getSpeaker()), blankToNull(session.getAffiliation())));
        }
        seminar.replaceSessions(sessions);
    }

    SeminarForm toForm(Seminar seminar) {
        SeminarForm form = new SeminarForm();
        form.setId(seminar.getId());
        form.setVersion(seminar.getVersion());
        form.setTitle(seminar.getTitle());
        form.setHost(seminar.getHost());
        form.setDescription(nullToEmpty(seminar.getDescription()));
        form.setVenue(seminar.getVenue());
        form.setOnlineUrl(nullToEmpty(seminar.getOnlineUrl()));
        form.setStartsAt(local(seminar.getStartsAt()));
        form.setEndsAt(local(seminar.getEndsAt()));
        form.setRegistrationOpensAt(local(seminar.getRegistrationOpensAt()));
        form.setRegistrationClosesAt(local(seminar.getRegistrationClosesAt()));
        form.setCapacity(seminar.getCapacity());
        form.setRetentionDays(seminar.getRetentionDays());
        form.setStatus(seminar.getStatus());
        form.setSessions(seminar.getSessions().stream().map(s -> new SeminarForm.SessionForm(
                local(s.getStartsAt()).toLocalTime(), local(s.getEndsAt()).toLocalTime(), s.getTopic(),
                nullToEmpty(s.getSpeaker()), nullToEmpty(s.getAffiliation()))).toList());
        return form;
    }

    SeminarDetails details(Seminar s, Instant now) {
        List<SessionInfo> sessions = s.getSessions().stream().map(session -> new SessionInfo(session.getStartsAt(),
                session.getEndsAt(), session.getTopic(), session.getSpeaker(), session.getAffiliation())).toList();
        return new SeminarDetails(s.getId(), s.getTitle(), s.getHost(), s.getDescription(), s.getVenue(),
                s.getOnlineUrl(), s.getStartsAt(), s.getEndsAt(), s.getCapacity(), s.remainingSeats(),
                s.getRegistrationOpensAt(), s.getRegistrationClosesAt(), s.getRetentionDays(), s.getStatus(),
                s.registrationOpenAt(now), sessions);
    }

    private Instant instant(LocalDateTime time) {
        return time.atZone(zone.zoneId()).toInstant();
    }

    private LocalDateTime local(Instant instant) {
        return zone.toZoned(instant).toLocalDateTime();
    }

    private static void required(Map<String, String> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.put(field, "seminar.form.error.required");
        } else if (value.strip().length() > max) {
            errors.put(field, "seminar.form.error.tooLong");
        }
    }

    private static void requiredTime(Map<String, String> errors, String field, LocalDateTime value) {
        if (value == null) {
            errors.put(field, "seminar.form.error.required");
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
