package kr.innocluster.portal.matching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.company.CompanyDirectoryService;
import kr.innocluster.portal.company.CompanyFilter;
import kr.innocluster.portal.company.CompanyListItem;
import kr.innocluster.portal.company.CompanyStatus;
import kr.innocluster.portal.diagnosis.DiagnosisArea;
import kr.innocluster.portal.matching.domain.CatalogueStore;
import kr.innocluster.portal.matching.domain.ConsultationStore;
import kr.innocluster.portal.matching.domain.MentoringStore;
import kr.innocluster.portal.matching.domain.SolutionRow;
import kr.innocluster.portal.program.ApplicationService;
import kr.innocluster.portal.program.ApplicationStatus;
import kr.innocluster.portal.program.ApplicationSummary;
import kr.innocluster.portal.security.DemoUsers;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.security.RunAs;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The solution catalogue of the Daegu suppliers (MES, vision AI, predictive maintenance, ...), with track records from
 * contracted and rated consultations, one "installed but not used" follow-up, a supplier flagged as suspended, and the
 * demo mentor's roadmap for 한빛정밀 (visits, milestones naming solutions). Idempotent: nothing is added once the
 * catalogue has a solution. Runs after the company (10), program (20) and diagnosis (55) demo data.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "portal.demo-data.enabled", havingValue = "true")
class MatchingDemoData implements ApplicationRunner {

    /** supplier name prefix | solution | category | tags | sections | areas | price min,max (만원) | months | references */
    private static final String SOLUTIONS = """
            주식회사 케이스마트팩토리|K-MES 클라우드|MES|작업지시, 실적집계, 바코드, 클라우드|C|PRODUCTION,QUALITY,INFORMATION_SYSTEMS|3000,8000|4|대성금형 2025, 한결기계 2024
            주식회사 케이스마트팩토리|K-ERP 라이트|ERP|회계, 구매, 재고, 중소기업용|C,G|LOGISTICS,INFORMATION_SYSTEMS|2000,5000|3|태성열처리 2024
            (주)엠에이치비전|MH 딥비전 외관검사|VISION_AI|딥러닝, 외관검사, 불량검출, 엣지|C|QUALITY|4000,12000|5|동화오토텍 2025
            비전아이 주식회사|VisionEye 인라인 검사|VISION_AI|머신비전, 치수측정, 3D|C|QUALITY,PRODUCTION|5000,15000|6|한국정밀부품 2024
            에이아이플러스 주식회사|AI+ 설비 예지보전|PREDICTIVE_MAINTENANCE|진동센서, 전류, 이상탐지, AI|C|EQUIPMENT|3500,9000|4|대경기어 2025
            대구데이터랩 주식회사|DataLab 디지털 트윈|DIGITAL_TWIN|3D 시뮬레이션, 공정 최적화|C|PLANNING_DESIGN,PRODUCTION|8000,20000|8|
            K-Precision Robotics Co., Ltd.|K-Cobot 조립 셀|ROBOTICS|협동로봇, 조립자동화|C|PRODUCTION,EQUIPMENT|6000,18000|6|대구 자동차부품 2사
            """;

    private final CatalogueStore catalogue;
    private final ConsultationStore consultations;
    private final MentoringStore mentoring;
    private final CatalogueService catalogueService;
    private final ApplicationService applications;
    private final CompanyDirectoryService directory;
    private final Clock clock;
    private final DisplayZone zone;

    MatchingDemoData(CatalogueStore catalogue, ConsultationStore consultations, MentoringStore mentoring,
                     CatalogueService catalogueService, ApplicationService applications,
                     CompanyDirectoryService directory, Clock clock, DisplayZone zone) {
        this.applications = applications;
        this.catalogue = catalogue;
        this.consultations = consultations;
        this.mentoring = mentoring;
        this.catalogueService = catalogueService;
        this.directory = directory;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!catalogue.all(1).isEmpty()) {
            return;
        }
        Map<String, CompanyListItem> companies = new HashMap<>();
        RunAs.user(DemoUsers.OFFICIAL, "official").withRoles(Roles.OFFICIAL).run(() -> directory.search(
                new CompanyFilter(null, null, null, null, CompanyStatus.VERIFIED, null, null), PageRequest.of(0, 200))
                .forEach(c -> companies.put(c.name(), c)));
        Instant now = clock.instant();
        Map<String, Long> solutions = new HashMap<>();
        for (String line : SOLUTIONS.strip().split("\n")) {
            String[] f = line.split("\\|", -1);
            CompanyListItem supplier = companies.get(f[0]);
            if (supplier == null) {
                continue;
            }
            String[] price = f[6].split(",");
            solutions.put(f[1], catalogue.insert(supplier.id(), supplier.name(), supplier.foundedOn(),
                    new SolutionRow(0, 0, null, null, f[1], f[2], f[3].replace(", ", ","), f[4], f[5],
                            Long.parseLong(price[0]) * 10_000, Long.parseLong(price[1]) * 10_000,
                            Integer.parseInt(f[7]), f[1] + " — " + f[3], f[8]), now));
        }
        // 새별로보틱스 (demo user company2) publishes through the real service, as a supplier would
        Long cell = RunAs.user(DemoUsers.COMPANY2, "company2").withRoles(Roles.COMPANY).call(() ->
                catalogueService.publish(new SolutionForm("새별 협동로봇 비전 픽킹 셀", SolutionCategory.ROBOTICS,
                        "협동로봇, 비전, 빈피킹, 실증팩토리", Set.of("C"), EnumSet.of(DiagnosisArea.PRODUCTION,
                        DiagnosisArea.QUALITY), 45_000_000L, 120_000_000L, 5,
                        "비전 카메라로 부품을 인식해 협동로봇이 집어 옮기는 셀입니다. ABB 실증팩토리 협동로봇 셀에서 검증했습니다.",
                        "한빛정밀 2025 (실증)")));
        solutions.put("새별", cell);
        LocalDate today = LocalDate.now(clock.withZone(zone.zoneId()));
        // 한빛정밀 adopted 새별로보틱스' cell with its agreed grant: a consultation the officials see per program
        Long grantProgram = RunAs.user(DemoUsers.COMPANY, "company").withRoles(Roles.COMPANY).call(() ->
                applications.myApplications(PageRequest.of(0, 50)).stream()
                        .filter(a -> a.status() == ApplicationStatus.AGREED).map(ApplicationSummary::programId)
                        .findFirst().orElse(null));
        contracted(companies, solutions, "한빛정밀 주식회사", "새별", 4, today.minusMonths(5), grantProgram, null, null);
        contracted(companies, solutions, "대성금형 주식회사", "K-MES 클라우드", 5, today.minusMonths(14), null, true,
                "작업지시와 실적을 태블릿으로 받습니다. 일일 생산회의 자료가 자동으로 나옵니다.");
        contracted(companies, solutions, "주식회사 한결기계", "K-MES 클라우드", 4, today.minusMonths(10), null, true,
                "생산 실적은 쓰고, 품질 모듈은 아직 교육 중입니다.");
        contracted(companies, solutions, "(주)동화오토텍", "MH 딥비전 외관검사", 5, today.minusMonths(9), null, null, null);
        contracted(companies, solutions, "주식회사 태성열처리", "K-ERP 라이트", 2, today.minusMonths(8), null, false,
                "담당자가 퇴사한 뒤 아무도 쓰지 않습니다. 기존 엑셀로 돌아갔습니다.");
        contracted(companies, solutions, "주식회사 대경기어", "AI+ 설비 예지보전", 5, today.minusMonths(3), null, null, null);
        CompanyListItem dataLab = companies.get("대구데이터랩 주식회사");
        if (dataLab != null) {
            catalogue.setFlag(dataLab.id(), SupplierFlag.Kind.SUSPENDED.name(),
                    "국세청 휴업 신고 확인 (2026-11)", "김정민", now.minus(Duration.ofDays(10)));
        }
        CompanyListItem hanbit = companies.get("한빛정밀 주식회사");
        if (hanbit != null) {
            catalogue.saveNeed(hanbit.id(), "MES,VISION_AI", 80_000_000L, "검사 불량 유출을 줄이고 생산 실적을 실시간으로 보고 싶습니다.",
                    now);
            mentoring.saveRoadmap(hanbit.id(), 3, 4, "오현우", now.minus(Duration.ofDays(300)));
            mentoring.addVisit(hanbit.id(), DemoUsers.MENTOR, "오현우", today.minusDays(360),
                    "1차 방문: 가공·조립 라인 실사, 품질 기록이 종이 대장으로 관리됨을 확인.", now);
            mentoring.addVisit(hanbit.id(), DemoUsers.MENTOR, "오현우", today.minusDays(120),
                    "2차 방문: 비전 검사 실증 결과 검토, MES 도입 범위 협의.", now);
            long done = mentoring.addMilestone(hanbit.id(), "생산 실적 집계 MES 도입", today.minusMonths(2),
                    solutions.get("K-MES 클라우드"), null, "오현우", now);
            mentoring.setMilestoneDone(done, true);
            mentoring.addMilestone(hanbit.id(), "외관 검사 AI 실증 후 라인 적용", today.plusMonths(3),
                    solutions.get("MH 딥비전 외관검사"), null, "오현우", now);
            mentoring.addMilestone(hanbit.id(), "설비 가동 데이터 수집 (예지보전 준비)", today.plusMonths(8),
                    solutions.get("AI+ 설비 예지보전"), null, "오현우", now);
        }
    }

    /** A consultation both sides marked contracted, rated, with the follow-up answered when {@code inUse} is set. */
    private void contracted(Map<String, CompanyListItem> companies, Map<String, Long> solutions, String demandName,
                            String solutionName, int rating, LocalDate contractedOn, Long programId, Boolean inUse,
                            String note) {
        CompanyListItem demand = companies.get(demandName);
        Long solutionId = solutions.get(solutionName);
        if (demand == null || solutionId == null) {
            return;
        }
        SolutionRow solution = catalogue.find(solutionId).orElseThrow();
        Instant requested = contractedOn.minusMonths(1).atStartOfDay(zone.zoneId()).toInstant();
        long id = consultations.insert(solutionId, solution.name(), solution.supplierCompanyId(),
                solution.supplierName(), demand.id(), demand.name(), programId,
                "도입 상담을 요청합니다. 현장 방문 일정을 잡고 싶습니다.", "demo-data", requested);
        consultations.decide(id, "REQUESTED", "ACCEPTED", null, requested.plus(Duration.ofDays(2)));
        consultations.addMeeting(id, contractedOn.minusWeeks(3), "현장 실사 및 요구사항 정리", solution.supplierName(),
                requested.plus(Duration.ofDays(7)));
        consultations.markContracted(id, true, contractedOn, contractedOn.plusMonths(6));
        consultations.markContracted(id, false, contractedOn, contractedOn.plusMonths(6));
        consultations.rate(id, rating, null);
        if (inUse != null) {
            consultations.answerFollowUp(id, inUse, note, contractedOn.plusMonths(6).atStartOfDay(zone.zoneId())
                    .toInstant());
        }
    }

}
