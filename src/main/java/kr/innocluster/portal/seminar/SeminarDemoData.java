package kr.innocluster.portal.seminar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.nio.charset.StandardCharsets;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.security.DemoUsers;
import kr.innocluster.portal.seminar.domain.Seminar;
import kr.innocluster.portal.seminar.domain.SeminarRegistration;
import kr.innocluster.portal.seminar.domain.SeminarRegistrationRepository;
import kr.innocluster.portal.seminar.domain.SeminarRepository;
import kr.innocluster.portal.seminar.domain.SeminarSession;
import kr.innocluster.portal.seminar.domain.SurveyResponse;
import kr.innocluster.portal.seminar.domain.SurveyResponseRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo seminars: the Daegu "제조 AX 전략 세미나" (nearly full), the Osong bio seminar, a full workshop with a
 * waitlist, and a past seminar with attendance, certificates and survey answers. Skipped when already there.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "portal.demo-data.enabled", havingValue = "true")
class SeminarDemoData implements ApplicationRunner {

    static final String AX_TITLE = "제조 AX 전략 세미나";
    private static final String[] FAMILY = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신"};
    private static final String[] GIVEN = {"민수", "서연", "지훈", "수빈", "현우", "지민", "예준", "하린", "도윤", "유진",
        "준호", "소연", "태윤", "다은", "성민", "가은", "우진", "채원"};
    private static final String[] ORGS = {"한빛정밀 주식회사", "새별로보틱스 주식회사", "대구기계부품연구원", "경북대학교",
        "(주)달구벌오토텍", "성서산업단지 입주기업협의회", "(주)비전메이트", "영남금형", "오송바이오텍", "청주정밀화학"};

    private final SeminarRepository seminars;
    private final SeminarRegistrationRepository registrations;
    private final SurveyResponseRepository surveys;
    private final SeatAllocation allocation;
    private final TransactionTemplate transaction;
    private final DisplayZone zone;
    private final Clock clock;

    SeminarDemoData(SeminarRepository seminars, SeminarRegistrationRepository registrations,
                    SurveyResponseRepository surveys, SeatAllocation allocation, TransactionTemplate transaction,
                    DisplayZone zone, Clock clock) {
        this.seminars = seminars;
        this.registrations = registrations;
        this.surveys = surveys;
        this.allocation = allocation;
        this.transaction = transaction;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (seminars.findFirstByTitle(AX_TITLE).isPresent()) {
            return;
        }
        transaction.executeWithoutResult(status -> create());
    }

    private void create() {
        LocalDate today = zone.toZoned(clock.instant()).toLocalDate();
        Instant now = clock.instant();

        Seminar ax = seminar(AX_TITLE, "대구테크노파크 · 대구광역시",
                "제조 현장의 AI 전환(AX) 전략과 실제 적용 사례를 소개합니다. 네 개의 전문가 발표에 이어 지원사업 안내와 질의응답이 있습니다.",
                "대구 EXCO 컨벤션홀 (대구광역시 북구 엑스코로 10)", today.plusDays(21), LocalTime.of(13, 30),
                LocalTime.of(17, 30), 100, now.minusSeconds(7 * 86400L), 730);
        ax.replaceSessions(List.of(
                session(ax, "13:30", "14:10", "AI의 원리와 인프라", "김도윤", "대구테크노파크 AI융합센터"),
                session(ax, "14:10", "14:50", "제조를 위한 CAE+AI", "박서준", "경북대학교 기계공학부"),
                session(ax, "15:00", "15:40", "AI 제조 안전과 ABB 실증팩토리", "이하은", "대구테크노파크 실증팩토리"),
                session(ax, "15:40", "16:20", "에이전틱 AI와 LLMOps", "정우성", "(주)클라우드웍스 AI연구소"),
                session(ax, "16:30", "17:00", "2026 제조 AX 지원사업 안내", "최유나", "대구테크노파크 기업지원단"),
                session(ax, "17:00", "17:30", "질의응답", null, null)));
        ax = seminars.saveAndFlush(ax);
        register(ax, DemoUsers.ATTENDEE, "윤지우", "개인", "attendee@example.com", "010-2345-6789", now);
        register(ax, DemoUsers.COMPANY, "최민준", "한빛정밀 주식회사", "company@hanbit-precision.example", "010-3456-7890", now);
        people(ax, 94, 0, now);

        Seminar osong = seminar("첨단바이오 선도기지 오송 세미나", "충북테크노파크 · 충청북도",
                "오송 첨단바이오 클러스터의 선도기지 구축 방향과 바이오 제조 AI 활용 사례, 입주기업 지원 프로그램을 소개합니다.",
                "충북C&V센터 대회의실 (충청북도 청주시 흥덕구 오송읍)", today.plusDays(35), LocalTime.of(10, 0),
                LocalTime.of(16, 0), 80, now.minusSeconds(2 * 86400L), 365);
        osong.replaceSessions(List.of(
                session(osong, "10:00", "10:50", "첨단바이오 선도기지 추진 현황과 비전", "한지석", "충북테크노파크"),
                session(osong, "11:00", "11:50", "바이오 공정 데이터와 AI 품질관리", "오세린", "오송바이오텍 연구소"),
                session(osong, "13:30", "14:20", "바이오 소부장 기업 실증 지원 프로그램", "서민호", "충북바이오산학융합원"),
                session(osong, "14:30", "15:20", "투자 유치와 해외 진출 사례", "신예린", "오송바이오벤처협회"),
                session(osong, "15:30", "16:00", "질의응답", null, null)));
        osong = seminars.saveAndFlush(osong);
        people(osong, 14, 200, now);

        Seminar workshop = seminar("AI 비전검사 실증 워크숍", "대구테크노파크 실증팩토리",
                "ABB 실증팩토리의 비전검사 스테이션에서 불량 검출 모델을 직접 학습·적용해 보는 소규모 실습 워크숍입니다.",
                "대구테크노파크 ABB 실증팩토리 (대구광역시 달서구 성서공단로)", today.plusDays(10), LocalTime.of(10, 0),
                LocalTime.of(12, 0), 30, now.minusSeconds(5 * 86400L), 365);
        workshop.replaceSessions(List.of(
                session(workshop, "10:00", "10:30", "비전검사 스테이션 소개와 데이터 수집", "강민재", "대구테크노파크 실증팩토리"),
                session(workshop, "10:30", "11:40", "불량 검출 모델 학습·적용 실습", "임소희", "(주)비전메이트"),
                session(workshop, "11:40", "12:00", "실증 예약 안내와 질의응답", null, null)));
        workshop = seminars.saveAndFlush(workshop);
        people(workshop, 30, 300, now);
        register(workshop, DemoUsers.COMPANY2, "정하은", "새별로보틱스 주식회사", "company2@saebyeol-robotics.example",
                "010-4567-8901", now);
        people(workshop, 4, 340, now);

        pastSeminar(today, now);
    }

    private void pastSeminar(LocalDate today, Instant now) {
        LocalDate day = today.minusDays(40);
        Instant dayStart = day.atTime(14, 0).atZone(zone.zoneId()).toInstant();
        Seminar past = seminar("스마트공장 AI 도입 성과 공유회", "대구테크노파크 · 대구광역시",
                "스마트공장 AI 도입 기업들의 성과와 시행착오를 공유했습니다.",
                "대구테크노파크 성서캠퍼스 대강당", day, LocalTime.of(14, 0), LocalTime.of(17, 0), 60,
                dayStart.minusSeconds(30 * 86400L), 365);
        past.replaceSessions(List.of(
                session(past, "14:00", "15:00", "AI 품질검사 도입 사례", "조현수", "(주)달구벌오토텍"),
                session(past, "15:10", "16:10", "설비 예지보전 1년의 기록", "장미경", "영남금형"),
                session(past, "16:20", "17:00", "질의응답", null, null)));
        past.markSurveySent(dayStart.plusSeconds(4 * 3600L));
        past = seminars.saveAndFlush(past);
        Instant registeredAt = dayStart.minusSeconds(10 * 86400L);
        List<SeminarRegistration> all = new ArrayList<>();
        all.add(register(past, DemoUsers.ATTENDEE, "윤지우", "개인", "attendee@example.com", "010-2345-6789",
                registeredAt));
        all.addAll(people(past, 51, 400, registeredAt));
        String[] comments = {"사례 중심이라 바로 적용할 점이 많았습니다.", "질의응답 시간이 더 길었으면 좋겠습니다.",
            "발표 자료를 미리 받을 수 있으면 좋겠습니다.", "실증팩토리 견학과 연계해 주세요."};
        for (int i = 0; i < 44; i++) {
            SeminarRegistration registration = all.get(i);
            registration.checkIn(dayStart.minusSeconds(600L - i * 10L));
            registration.issueCertificate(TicketCodes.newCertificateCode(), dayStart.plusSeconds(4 * 3600L));
            if (i > 0 && i <= 31) {
                surveys.save(new SurveyResponse(registration.getId(), past.getId(), 3 + i % 3, 2 + i % 4,
                        i % 8 == 0 ? comments[(i / 8) % comments.length] : null, dayStart.plusSeconds(5 * 3600L)));
            }
        }
    }

    private Seminar seminar(String title, String host, String description, String venue, LocalDate day,
                            LocalTime start, LocalTime end, int capacity, Instant opens, int retentionDays) {
        Seminar seminar = new Seminar(opens.minusSeconds(86400));
        seminar.describe(title, host, description, venue, null);
        Instant startsAt = day.atTime(start).atZone(zone.zoneId()).toInstant();
        seminar.schedule(startsAt, day.atTime(end).atZone(zone.zoneId()).toInstant(), opens,
                startsAt.minusSeconds(3600));
        seminar.limit(capacity, retentionDays);
        seminar.publish();
        return seminar;
    }

    private SeminarSession session(Seminar seminar, String start, String end, String topic, String speaker,
                                   String affiliation) {
        LocalDate day = zone.toZoned(seminar.getStartsAt()).toLocalDate();
        return new SeminarSession(day.atTime(LocalTime.parse(start)).atZone(zone.zoneId()).toInstant(),
                day.atTime(LocalTime.parse(end)).atZone(zone.zoneId()).toInstant(), topic, speaker, affiliation);
    }

    private List<SeminarRegistration> people(Seminar seminar, int count, int offset, Instant at) {
        List<SeminarRegistration> made = new ArrayList<>();
        for (int i = offset; i < offset + count; i++) {
            String name = FAMILY[i % FAMILY.length] + GIVEN[(i / FAMILY.length + i) % GIVEN.length];
            String subject = UUID.nameUUIDFromBytes(("demo-guest-" + i).getBytes(StandardCharsets.UTF_8)).toString();
            made.add(register(seminar, subject, name, ORGS[i % ORGS.length], "guest" + i + "@example.com",
                    String.format("010-%04d-%04d", 1000 + (i * 37) % 9000, 1000 + (i * 53) % 9000),
                    at.plusSeconds(i)));
        }
        return made;
    }

    private SeminarRegistration register(Seminar seminar, String subject, String name, String organisation,
                                         String email, String phone, Instant at) {
        SeminarRegistration registration = new SeminarRegistration(seminar, subject, name, organisation, email, phone,
                TicketCodes.newTicketCode(), SeminarRegistrationService.CONSENT_VERSION, null, at);
        allocation.lock(seminar.getId());
        if (allocation.takeSeat(seminar.getId())) {
            registration.confirm(at);
        } else {
            registration.waitlist(allocation.nextWaitlistNumber(seminar.getId()));
        }
        return registrations.save(registration);
    }
}
