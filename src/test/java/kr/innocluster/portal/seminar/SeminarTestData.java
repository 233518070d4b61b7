package kr.innocluster.portal.seminar;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kr.innocluster.portal.security.TestUsers;

/** Seminars for tests, created and published through the service as the demo official. */
final class SeminarTestData {

    private SeminarTestData() {
    }

    static SeminarForm form(String title, int capacity, Duration startsIn) {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul")).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime start = now.plus(startsIn);
        SeminarForm form = new SeminarForm();
        form.setTitle(title);
        form.setHost("대구테크노파크");
        form.setDescription("테스트 세미나");
        form.setVenue("대구 EXCO 컨벤션홀");
        form.setStartsAt(start);
        form.setEndsAt(start.plusHours(3));
        form.setRegistrationOpensAt(now.minusDays(1));
        form.setRegistrationClosesAt(start.minusMinutes(10));
        form.setCapacity(capacity);
        form.setRetentionDays(30);
        LocalTime first = start.toLocalTime();
        form.setSessions(List.of(
                new SeminarForm.SessionForm(first, first.plusMinutes(50), "AI의 원리와 인프라", "김도윤", "대구테크노파크"),
                new SeminarForm.SessionForm(first.plusMinutes(60), first.plusMinutes(120), "질의응답", "", "")));
        return form;
    }

    /** Creates and publishes; leaves the official signed in. */
    static long publish(SeminarService service, SeminarForm form) {
        TestUsers.signIn("official", "official");
        long id = service.save(form);
        service.publish(id);
        return id;
    }

    static RegistrationForm registrationOf(String name) {
        return new RegistrationForm(name, "한빛정밀 주식회사", "reg-" + Math.abs(name.hashCode()) + "@test.example",
                "010-1234-5678", true);
    }
}
