package kr.innocluster.portal.pilotfactory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import kr.innocluster.portal.security.TestUsers;

/** Resources with unique names and far-future dates, so tests never meet each other's or the demo data's bookings. */
final class PilotFactoryFixtures {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private PilotFactoryFixtures() {
    }

    /** A Monday some weeks ahead, far beyond every lead time. */
    static LocalDate futureMonday(int weeksAhead) {
        return LocalDate.now(SEOUL).plusWeeks(weeksAhead).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    static java.time.Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(SEOUL).toInstant();
    }

    /** Weekdays 09-18, 60-minute slots, 1-8 hours, no lead time and no quota unless {@code tune} says otherwise. */
    static ResourceSummary resource(PilotFactoryService service, String prefix, Consumer<ResourceDraft> tune) {
        TestUsers.signIn("operator", "operator");
        try {
            ResourceDraft draft = new ResourceDraft();
            draft.setName(prefix + " " + System.nanoTime());
            draft.setKind(ResourceKind.LINE);
            draft.setSite("테스트 실증팩토리");
            draft.setSlotMinutes(60);
            draft.setMinMinutes(60);
            draft.setMaxMinutes(480);
            draft.setLeadHours(0);
            tune.accept(draft);
            return service.saveResource(null, draft);
        } finally {
            TestUsers.signOut();
        }
    }

    static List<OpeningHours> aroundTheClock() {
        List<OpeningHours> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.add(new OpeningHours(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        }
        return hours;
    }

    static BookingRequest request(ResourceSummary resource, java.time.Instant start, java.time.Instant end) {
        return new BookingRequest(resource.id(), start, end, "비전 검사 정확도 검증", "테스트 솔루션", 2, 1, false);
    }

    /** A complete registration form for a new Daegu company, with a fresh valid business number. */
    static kr.innocluster.portal.company.CompanyForm companyForm(String name) {
        var form = new kr.innocluster.portal.company.CompanyForm();
        form.setBusinessNumber(kr.innocluster.portal.company.BusinessNumber.complete(
                String.format("8%02d%06d", 86, System.nanoTime() % 1_000_000)));
        form.setName(name);
        form.setCeoName("홍길동");
        form.setAddress("대구광역시 북구 호국로 807");
        form.setRegion(kr.innocluster.portal.company.Region.DAEGU);
        form.setKsicCode("C29280");
        form.setSizeClass(kr.innocluster.portal.company.SizeClass.SMALL);
        form.setFoundedOn(LocalDate.of(2015, 3, 2));
        form.setEmployees(12);
        form.setAnnualRevenue(1_500_000_000L);
        form.setSmartFactoryLevel(2);
        form.setDemand(true);
        form.setContactName("김담당");
        form.setContactPhone("010-1234-5678");
        form.setContactEmail("contact@example.kr");
        return form;
    }
}
