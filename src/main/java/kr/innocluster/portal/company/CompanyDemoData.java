package kr.innocluster.portal.company;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import kr.innocluster.portal.company.domain.ChangeRecord;
import kr.innocluster.portal.company.domain.ChangeRecordRepository;
import kr.innocluster.portal.company.domain.Company;
import kr.innocluster.portal.company.domain.CompanyRepository;
import kr.innocluster.portal.company.domain.FieldChange;
import kr.innocluster.portal.company.domain.Invitation;
import kr.innocluster.portal.company.domain.InvitationRepository;
import kr.innocluster.portal.company.domain.JoinRequest;
import kr.innocluster.portal.company.domain.JoinRequestRepository;
import kr.innocluster.portal.company.domain.Membership;
import kr.innocluster.portal.company.domain.MembershipRepository;
import kr.innocluster.portal.security.DemoUsers;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo companies: those of the demo users {@code company} and {@code company2} (verified Daegu manufacturers) and
 * about forty more across Daegu and Chungbuk (Osong bio) in every status, created once (when the first demo company
 * does not exist yet); then a waiting join request and an open invitation (see {@link #onboardingExamples()}).
 * Business numbers are made up, with a correct check digit.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "portal.demo-data.enabled", havingValue = "true")
class CompanyDemoData implements ApplicationRunner {

    static final String HANBIT_NUMBER = BusinessNumber.complete("503810001");
    static final String SAEBYEOL_NUMBER = BusinessNumber.complete("503810002");
    private static final String SYSTEM = "system";

    /** name|region|address|KSIC|size|founded|employees|revenue in 억원|smart-factory level|S/D/SD|status|CEO|contact. */
    private static final String COMPANIES = """
            한빛정밀 주식회사|DAEGU|대구광역시 달서구 성서공단로 211|C29280|SMALL|2009-03-16|48|152|3|D|VERIFIED|최영호|최민준
            새별로보틱스 주식회사|DAEGU|대구광역시 달성군 유가읍 테크노중앙대로 333|C29280|SMALL|2016-07-01|35|87|2|SD|VERIFIED|정우성|정하은
            대성금형 주식회사|DAEGU|대구광역시 달서구 성서로 77|C29223|SMALL|2001-05-10|62|210|3|D|VERIFIED|김대성|박지훈
            (주)동화오토텍|DAEGU|대구광역시 북구 3공단로 45|C30399|MEDIUM|1994-11-02|185|820|4|D|VERIFIED|이동화|서민지
            (주)엠에이치비전|DAEGU|대구광역시 동구 동대구로 461|J58222|SMALL|2018-02-20|22|31||S|VERIFIED|문현희|한지민
            주식회사 케이스마트팩토리|DAEGU|대구광역시 북구 호국로 807|J62010|SMALL|2015-09-14|40|95||S|VERIFIED|강석진|오세훈
            대구텍스타일 주식회사|DAEGU|대구광역시 서구 염색공단중앙로 33|C13300|MEDIUM|1988-04-01|140|530|2|D|VERIFIED|배정남|배수연
            (주)성서메탈|DAEGU|대구광역시 달서구 달서대로 91길 12|C24113|SMALL|2005-08-08|55|260|1|D|PENDING|장성서|윤서준
            에이아이플러스 주식회사|DAEGU|대구광역시 수성구 알파시티1로 170|J62021|SMALL|2020-01-06|18|12||S|VERIFIED|홍지원|홍나래
            (주)청라정밀|DAEGU|대구광역시 달성군 논공읍 논공로 600|C29142|SMALL|2011-10-11|33|74|2|D|PENDING|신청라|구하늘
            주식회사 대경기어|DAEGU|대구광역시 달성군 구지면 국가산단대로 50|C28121|MEDIUM|1999-06-21|120|480|3|D|VERIFIED|권대경|권유리
            (주)블루웨이브솔루션|DAEGU|대구광역시 동구 첨단로 39|J62090|MICRO|2022-03-02|7|4||S|PENDING|조현우|조예린
            메디텍코리아 주식회사|DAEGU|대구광역시 동구 첨단로 80|C27199|SMALL|2014-12-01|29|66||D|VERIFIED|임태현|임소희
            (주)한국정밀부품|DAEGU|대구광역시 서구 와룡로 45|C30332|MEDIUM|1997-02-14|210|950|4|D|VERIFIED|백승철|노은비
            주식회사 로봇앤모션|DAEGU|대구광역시 북구 유통단지로 8|C29280|SMALL|2017-05-19|26|41|2|SD|REJECTED|황보람|황민혁
            (주)스마트용접기술|DAEGU|대구광역시 달서구 갈산동 성서4차첨단로 10|C29133|MICRO|2019-09-09|9|8|1|D|PENDING|유재석|유하나
            대구데이터랩 주식회사|DAEGU|대구광역시 수성구 알파시티1로 35길 20|J63120|MICRO|2021-06-15|11|6||S|VERIFIED|남궁민|남궁선
            (주)팔공산업|DAEGU|대구광역시 동구 팔공로 52|C22292|SMALL|2003-03-03|44|120|2|D|SUSPENDED|김팔공|김도윤
            엔씨엠에이치 주식회사|DAEGU|대구광역시 북구 검단로 120|C25934|MEDIUM|2008-08-18|95|390|3|D|VERIFIED|차은우|차나은
            주식회사 태성열처리|DAEGU|대구광역시 서구 북비산로 12|C25911|SMALL|1996-10-30|38|88|1|D|VERIFIED|태진아|태윤아
            (주)그린에너지시스템|DAEGU|대구광역시 달성군 다사읍 세천로 3|C28111|SMALL|2012-04-25|31|77||SD|PENDING|송민호|송지아
            비전아이 주식회사|DAEGU|대구광역시 동구 신서로 17|C27212|SMALL|2016-11-07|24|39||S|VERIFIED|표지훈|표은지
            (주)대구에이엠|DAEGU|대구광역시 북구 노원로 33|C29294|MICRO|2020-07-20|8|5|1|SD|PENDING|허정민|허다인
            주식회사 한결기계|DAEGU|대구광역시 달서구 성서공단북로 305|C29171|SMALL|2002-01-15|57|140|2|D|VERIFIED|한결|한소망
            오송바이오텍 주식회사|CHUNGBUK|충청북도 청주시 흥덕구 오송읍 오송생명1로 194|C21102|SMALL|2013-05-02|42|110||D|VERIFIED|오지호|오하영
            (주)케이메디젠|CHUNGBUK|충청북도 청주시 흥덕구 오송읍 오송생명2로 187|M70113|SMALL|2017-03-27|27|35||D|VERIFIED|민경훈|민서윤
            셀트리온바이오랩 주식회사|CHUNGBUK|충청북도 청주시 흥덕구 오송읍 오송생명6로 22|C21210|MEDIUM|2006-09-01|160|720||D|VERIFIED|고은정|고태양
            (주)바이오인포매틱스|CHUNGBUK|충청북도 청주시 흥덕구 오송읍 연제리 680|J62010|MICRO|2021-10-12|9|3||S|PENDING|여진구|여름
            오송의료기기 주식회사|CHUNGBUK|충청북도 청주시 흥덕구 오송읍 오송생명3로 95|C27192|SMALL|2010-02-08|51|130|2|D|VERIFIED|우지원|우연희
            (주)진단솔루션|CHUNGBUK|충청북도 청주시 흥덕구 오송읍 오송생명1로 200|C27193|SMALL|2015-06-30|36|92||D|VERIFIED|손나은|손태영
            주식회사 에이치팜|CHUNGBUK|충청북도 청주시 청원구 오창읍 과학산업3로 45|C21220|MEDIUM|2004-12-20|132|610|3|D|VERIFIED|전현무|전소미
            (주)바이오큐어|CHUNGBUK|충청북도 청주시 흥덕구 오송읍 오송생명5로 11|M70113|MICRO|2023-02-01|6|1||D|REJECTED|방시혁|방예담
            오창스마트팜 주식회사|CHUNGBUK|충청북도 청주시 청원구 오창읍 각리1길 20|C29191|SMALL|2018-08-08|21|28|2|SD|VERIFIED|양세형|양지은
            (주)충북정밀화학|CHUNGBUK|충청북도 청주시 흥덕구 옥산면 과학산업1로 8|C20499|MEDIUM|1995-07-07|175|890|3|D|VERIFIED|석진우|석하윤
            주식회사 셀메이트|CHUNGBUK|충청북도 청주시 흥덕구 오송읍 오송생명4로 50|C21101|SMALL|2012-11-11|39|84||D|PENDING|채수빈|채이안
            (주)AI헬스케어랩|CHUNGBUK|충청북도 청주시 흥덕구 오송읍 오송생명2로 40|J62021|MICRO|2022-09-19|12|5||S|VERIFIED|이준기|이서아
            (주)청주로지스틱스|CHUNGBUK|충청북도 청주시 서원구 무심서로 120|H52941|SMALL|2007-04-04|64|150||D|VERIFIED|길용우|길하람
            메디바이오엔지니어링 주식회사|CHUNGBUK|충청북도 청주시 흥덕구 오송읍 오송생명6로 71|C27199|SMALL|2019-01-21|19|22||SD|PENDING|봉준수|봉다온
            (주)충북스마트솔루션|CHUNGBUK|충청북도 청주시 청원구 오창읍 중심상업2로 31|J62010|SMALL|2014-05-05|33|58||S|VERIFIED|유해진|유채원
            제천한방바이오 주식회사|CHUNGBUK|충청북도 제천시 바이오밸리로 66|C21300|SMALL|2011-03-15|28|47|1|D|VERIFIED|제영석|제서현
            K-Precision Robotics Co., Ltd.|DAEGU|대구광역시 달성군 유가읍 테크노순환로 20|C29280|SMALL|2019-04-01|23|36|2|S|VERIFIED|Daniel Kim|김다니엘
            Osong Genomics Inc.|CHUNGBUK|충청북도 청주시 흥덕구 오송읍 오송생명1로 120|M70111|MICRO|2021-08-23|10|4||D|PENDING|Grace Lee|이은혜
            """;

    private final CompanyRepository companies;
    private final MembershipRepository memberships;
    private final ChangeRecordRepository changes;
    private final JoinRequestRepository joinRequests;
    private final InvitationRepository invitations;
    private final CompanyMails mails;
    private final Clock clock;

    CompanyDemoData(CompanyRepository companies, MembershipRepository memberships, ChangeRecordRepository changes,
                    JoinRequestRepository joinRequests, InvitationRepository invitations, CompanyMails mails,
                    Clock clock) {
        this.companies = companies;
        this.memberships = memberships;
        this.changes = changes;
        this.joinRequests = joinRequests;
        this.invitations = invitations;
        this.mails = mails;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!companies.existsByBusinessNumber(HANBIT_NUMBER)) {
            createCompanies();
        }
        onboardingExamples();
    }

    /**
     * A newcomer sees both ways in: the demo {@code attendee} (윤지우) waits for 한빛정밀's manager ({@code company}) to
     * approve a join request, and 새별로보틱스's manager ({@code company2}) has an open invitation whose mail (with the
     * link) is in the local mailbox. Each is added once, and only while it still makes sense.
     */
    private void onboardingExamples() {
        Instant now = clock.instant();
        Company hanbit = companies.findByBusinessNumber(HANBIT_NUMBER).orElseThrow();
        if (!memberships.existsById(DemoUsers.ATTENDEE) && joinRequests.findByRequesterSubjectAndStatus(
                DemoUsers.ATTENDEE, JoinRequestStatus.PENDING).isEmpty()) {
            joinRequests.save(new JoinRequest(hanbit.getId(), DemoUsers.ATTENDEE, "윤지우", "attendee@example.com", "ko",
                    now.minus(Duration.ofHours(20))));
        }
        Company saebyeol = companies.findByBusinessNumber(SAEBYEOL_NUMBER).orElseThrow();
        String invited = "newhire@saebyeol-robotics.example";
        if (invitations.findOpen(saebyeol.getId(), invited).isEmpty()) {
            String token = InvitationTokens.newToken();
            Instant invitedAt = now.minus(Duration.ofDays(1));
            Invitation invitation = invitations.save(new Invitation(saebyeol.getId(), invited,
                    InvitationTokens.hash(token), "정하은", DemoUsers.COMPANY2, invitedAt,
                    invitedAt.plus(Duration.ofDays(7))));
            changes.save(new ChangeRecord(saebyeol.getId(), DemoUsers.COMPANY2, "정하은", invitedAt,
                    new FieldChange("memberInvited", null, invited)));
            mails.invitation(invited, token, saebyeol.getName(), "정하은", invitation.getExpiresAt(), Locale.KOREAN);
        }
    }

    private void createCompanies() {
        List<String> lines = COMPANIES.lines().filter(line -> !line.isBlank()).toList();
        Instant now = clock.instant();
        Company[] demoUsersCompanies = new Company[2];
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\\|", -1);
            String number = BusinessNumber.complete((f[1].equals("DAEGU") ? "5038" : "3018") + (i % 2 == 0 ? "1" : "6")
                    + String.format("%04d", i + 1));
            Instant created = now.minus(Duration.ofDays(400 - i * 9L));
            Company company = companies.save(new Company(i == 0 ? HANBIT_NUMBER : i == 1 ? SAEBYEOL_NUMBER : number,
                    form(f, i), SYSTEM, created));
            if (i < 2) {
                demoUsersCompanies[i] = company;
            }
            changes.save(new ChangeRecord(company.getId(), SYSTEM, f[12], created,
                    new FieldChange("registered", null, company.getName())));
            CompanyStatus status = CompanyStatus.valueOf(f[10]);
            if (status != CompanyStatus.PENDING) {
                Instant decided = created.plus(Duration.ofDays(3));
                String reason = switch (status) {
                    case REJECTED -> "사업자등록증 사본과 입력한 대표자명이 다릅니다. 확인 후 다시 제출해 주세요.";
                    case SUSPENDED -> "국세 체납 확인으로 지원사업 참여가 일시 중지되었습니다.";
                    default -> null;
                };
                changes.save(new ChangeRecord(company.getId(), DemoUsers.OFFICIAL, "김정민", decided,
                        company.decide(status, reason, "김정민", decided)));
            }
        }
        linkDemoUser(demoUsersCompanies[0], DemoUsers.COMPANY, "최민준", "company@hanbit-precision.example");
        linkDemoUser(demoUsersCompanies[1], DemoUsers.COMPANY2, "정하은", "company2@saebyeol-robotics.example");
    }

    private void linkDemoUser(Company company, String subject, String name, String email) {
        Membership manager = new Membership(subject, company.getId(), true, name, email, company.getCreatedAt());
        manager.accessGranted(company.getCreatedAt());
        memberships.save(manager);
    }

    private static CompanyForm form(String[] f, int index) {
        CompanyForm form = new CompanyForm();
        form.setName(f[0]);
        form.setRegion(Region.valueOf(f[1]));
        form.setAddress(f[2]);
        form.setKsicCode(f[3]);
        form.setSizeClass(SizeClass.valueOf(f[4]));
        form.setFoundedOn(LocalDate.parse(f[5]));
        form.setEmployees(Integer.parseInt(f[6]));
        form.setAnnualRevenue(Long.parseLong(f[7]) * 100_000_000L);
        form.setSmartFactoryLevel(f[8].isEmpty() ? null : Integer.parseInt(f[8]));
        form.setSupplier(f[9].contains("S"));
        form.setDemand(f[9].contains("D"));
        form.setCeoName(f[11]);
        form.setContactName(f[12]);
        form.setContactPhone(String.format("010-%04d-%04d", 2000 + index * 37, 1000 + index * 211));
        form.setContactEmail("contact" + (index + 1) + "@company" + (index + 1) + ".example");
        return form;
    }
}
