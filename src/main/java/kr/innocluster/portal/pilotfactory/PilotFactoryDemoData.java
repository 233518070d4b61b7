package kr.innocluster.portal.pilotfactory;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.pilotfactory.domain.Blackout;
import kr.innocluster.portal.pilotfactory.domain.Booking;
import kr.innocluster.portal.pilotfactory.domain.BookingRepository;
import kr.innocluster.portal.pilotfactory.domain.FactoryResource;
import kr.innocluster.portal.pilotfactory.domain.FactoryResourceRepository;
import kr.innocluster.portal.pilotfactory.domain.BlackoutRepository;
import kr.innocluster.portal.pilotfactory.domain.OpeningWindow;
import kr.innocluster.portal.security.DemoUsers;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "ABB 실증팩토리" with four resources, one maintenance blackout, and a month of bookings of the two demo companies
 * around today in every state. Idempotent: resources are created once by name; a company's bookings are created when
 * the demo user's company exists in the registry (company demo data runs first, @Order(10)) and has none yet.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "portal.demo-data.enabled", havingValue = "true")
class PilotFactoryDemoData implements ApplicationRunner {

    static final String SITE = "ABB 실증팩토리";
    static final String VISION = "AI 비전 검사 라인";
    static final String COBOT = "협동로봇 셀";
    static final String CNC = "CNC·IoT 센싱 라인";
    static final String EDGE = "엣지 AI 서버";

    private static final Logger log = LoggerFactory.getLogger(PilotFactoryDemoData.class);

    private final FactoryResourceRepository resources;
    private final BookingRepository bookings;
    private final BlackoutRepository blackouts;
    private final BookingCompanies companies;
    private final Clock clock;
    private final ZoneId zone;

    PilotFactoryDemoData(FactoryResourceRepository resources, BookingRepository bookings,
                         BlackoutRepository blackouts, BookingCompanies companies, Clock clock,
                         DisplayZone displayZone) {
        this.resources = resources;
        this.bookings = bookings;
        this.blackouts = blackouts;
        this.companies = companies;
        this.clock = clock;
        this.zone = displayZone.zoneId();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean fresh = resources.findByName(VISION).isEmpty();
        FactoryResource vision = resource(VISION, ResourceKind.INSPECTION, "1층 A구역",
                "고해상도 카메라 4대와 조명 제어 장치로 금속·사출 부품의 외관 결함을 딥러닝으로 검출해 보는 라인입니다.",
                60, 120, 480, 48, 40, false, weekdays(9, 18));
        FactoryResource cobot = resource(COBOT, ResourceKind.ROBOT_CELL, "1층 B구역",
                "6축 협동로봇 2대, 그리퍼·비전 키트를 갖춘 셀. 조립·픽앤플레이스 자동화를 실증합니다. 지원사업 선정 기업 전용.",
                30, 60, 240, 24, 20, true, weekdays(9, 18));
        FactoryResource cnc = resource(CNC, ResourceKind.LINE, "2층 가공동",
                "CNC 머시닝센터 3대에 진동·전류·온도 IoT 센서를 달아 공구 마모 예측과 설비 예지보전을 시험하는 라인입니다.",
                60, 240, 480, 72, 32, false, weekdays(8, 20));
        FactoryResource edge = resource(EDGE, ResourceKind.SERVER, "서버실",
                "GPU 4장 엣지 AI 서버. 현장 데이터로 모델 학습·추론 성능을 검증합니다. 24시간 이용 가능.",
                60, 60, 2880, 4, 120, false, allDay());
        if (fresh) {
            LocalDate monday = LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            blackouts.save(new Blackout(cnc.getId(), at(monday.plusWeeks(1).plusDays(2), 8),
                    at(monday.plusWeeks(1).plusDays(2), 20), "스핀들 정기 점검 및 센서 교정", DemoUsers.OPERATOR,
                    clock.instant()));
        }
        companyOf(DemoUsers.COMPANY, "company").ifPresent(company -> bookingsOf(company, DemoUsers.COMPANY, "최민준",
                "company@hanbit-precision.example", vision, cnc, edge, cobot, 0));
        companyOf(DemoUsers.COMPANY2, "company2").ifPresent(company -> bookingsOf(company, DemoUsers.COMPANY2,
                "정하은", "company2@saebyeol-robotics.example", vision, cnc, edge, cobot, 1));
    }

    /**
     * The company of a demo user, asked the way the portal always asks: as that user (the registry answers "my
     * company" only to its members). Empty while the user has no company yet.
     */
    private Optional<BookingCompany> companyOf(String subject, String username) {
        return RunAs.user(subject, username).withRoles(Roles.COMPANY).call(companies::companyOfCurrentUser);
    }

    @SuppressWarnings("java:S107")
    private void bookingsOf(BookingCompany company, String subject, String name, String email, FactoryResource vision,
                            FactoryResource cnc, FactoryResource edge, FactoryResource cobot, int variant) {
        if (bookings.countByCompanyId(company.id()) > 0) {
            return;
        }
        LocalDate monday = LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Booking> made = new ArrayList<>();
        // Company 0 books mornings, company 1 afternoons: the two never collide.
        int h = variant == 0 ? 9 : 14;
        String[][] texts = variant == 0
                ? new String[][]{{"사출 부품 표면 스크래치 검출 정확도 검증", "딥러닝 외관검사 솔루션 HB-Vision"},
                        {"공구 마모 예측 모델 현장 데이터 수집", "예지보전 솔루션 ToolCare"},
                        {"불량 이미지 학습 모델 추론 속도 측정", "엣지 추론 엔진 v2"}}
                : new String[][]{{"로봇 그리퍼 부품 외관 검사 자동화 시험", "SB-Inspect 비전 모듈"},
                        {"감속기 가공 공정 진동 데이터 분석", "IoT 진동 센서 키트 SB-Sense"},
                        {"협동로봇 경로 최적화 모델 학습", "RL 기반 경로계획 엔진"}};
        made.add(booking(company, subject, name, email, vision, monday.minusWeeks(2).plusDays(1), h, 3, texts[0], 4,
                BookingStatus.APPROVED, Attendance.CHECKED_IN, null));
        made.add(booking(company, subject, name, email, cnc, monday.minusWeeks(2).plusDays(3), variant == 0 ? 8 : 14, 4,
                texts[1], 3, BookingStatus.APPROVED, variant == 0 ? Attendance.CHECKED_IN : Attendance.NO_SHOW, null));
        made.add(booking(company, subject, name, email, vision, monday.minusWeeks(1).plusDays(2), h, 2, texts[0], 2,
                BookingStatus.CANCELLED, null, "내부 일정 변경"));
        made.add(booking(company, subject, name, email, edge, monday.minusWeeks(1).plusDays(variant), h, 8, texts[2], 1,
                BookingStatus.APPROVED, variant == 0 ? Attendance.CHECKED_IN : Attendance.NO_SHOW, null));
        made.add(booking(company, subject, name, email, vision, monday.minusWeeks(1).plusDays(4), h, 3, texts[0], 5,
                BookingStatus.REJECTED, null, "신청 내용이 설비 사양과 맞지 않습니다."));
        made.add(booking(company, subject, name, email, cobot, monday.minusWeeks(1).plusDays(1), h, 2, texts[2], 2,
                BookingStatus.APPROVED, Attendance.CHECKED_IN, null));
        made.add(booking(company, subject, name, email, vision, monday.plusWeeks(1).plusDays(1), h, 3, texts[0], 3,
                BookingStatus.APPROVED, null, null));
        // Hit by the blackout on Wednesday next week: flagged for the operator.
        made.add(booking(company, subject, name, email, cnc, monday.plusWeeks(1).plusDays(2), variant == 0 ? 8 : 14, 4,
                texts[1], 2, variant == 0 ? BookingStatus.APPROVED : BookingStatus.REQUESTED, null, null));
        made.add(booking(company, subject, name, email, vision, monday.plusWeeks(2).plusDays(variant == 0 ? 0 : 3), h, 4,
                texts[0], 4, BookingStatus.REQUESTED, null, null));
        made.add(booking(company, subject, name, email, edge, monday.plusWeeks(1).plusDays(3 + variant), h, 12,
                texts[2], 1, BookingStatus.REQUESTED, null, null));
        made.add(booking(company, subject, name, email, cnc, monday.plusWeeks(2).plusDays(1 + variant),
                variant == 0 ? 8 : 14, 6, texts[1], 3, BookingStatus.CANCELLED, null, "시편 준비 지연"));
        for (Booking booking : made) {
            if (booking.getStatus().holdsSlot()
                    && !blackouts.findOverlapping(booking.getResourceId(), booking.getStartsAt(), booking.getEndsAt())
                    .isEmpty()) {
                booking.flagBlackoutConflict();
            }
        }
        bookings.saveAll(made);
        log.info("[demo] {} pilot-factory bookings for {}", made.size(), company.name());
    }

    @SuppressWarnings("java:S107")
    private Booking booking(BookingCompany company, String subject, String name, String email,
                            FactoryResource resource, LocalDate day, int hour, int hours, String[] text, int visitors,
                            BookingStatus status, Attendance attendance, String reason) {
        Instant start = at(day, hour);
        Instant created = start.minus(java.time.Duration.ofDays(7));
        Booking booking = new Booking(resource.getId(), company.id(), company.name(), subject, name, email, start,
                start.plus(java.time.Duration.ofHours(hours)), text[0], text[1], visitors, null, created);
        if (status != BookingStatus.REQUESTED) {
            booking.decide(status, reason, status == BookingStatus.CANCELLED && reason != null ? subject
                    : DemoUsers.OPERATOR, created.plus(java.time.Duration.ofDays(1)));
        }
        if (attendance != null) {
            booking.recordAttendance(attendance, DemoUsers.OPERATOR, start);
        }
        return booking;
    }

    @SuppressWarnings("java:S107")
    private FactoryResource resource(String name, ResourceKind kind, String location, String description, int slot,
                                     int min, int max, int lead, Integer quota, boolean grantOnly,
                                     List<OpeningWindow> hours) {
        Optional<FactoryResource> existing = resources.findByName(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        FactoryResource resource = new FactoryResource(clock.instant());
        resource.update(name, kind, SITE, location, description, slot, min, max, lead, quota, grantOnly, true);
        resource.replaceOpeningHours(hours);
        return resources.save(resource);
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(zone).toInstant();
    }

    private static List<OpeningWindow> weekdays(int opens, int closes) {
        List<OpeningWindow> windows = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            windows.add(new OpeningWindow(day, LocalTime.of(opens, 0), LocalTime.of(closes, 0)));
        }
        return windows;
    }

    private static List<OpeningWindow> allDay() {
        List<OpeningWindow> windows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            windows.add(new OpeningWindow(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        }
        return windows;
    }
}
