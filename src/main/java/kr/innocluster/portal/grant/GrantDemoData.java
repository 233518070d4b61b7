package kr.innocluster.portal.grant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import kr.innocluster.portal.base.storage.UploadedFile;
import kr.innocluster.portal.program.AgreedGrant;
import kr.innocluster.portal.program.AgreedGrants;
import kr.innocluster.portal.program.AgreementService;
import kr.innocluster.portal.program.AgreementTerms;
import kr.innocluster.portal.program.ApplicationDraft;
import kr.innocluster.portal.program.ApplicationService;
import kr.innocluster.portal.program.AssignmentSummary;
import kr.innocluster.portal.program.BudgetLine;
import kr.innocluster.portal.program.IntakeService;
import kr.innocluster.portal.program.ProgramCategory;
import kr.innocluster.portal.program.ProgramDraft;
import kr.innocluster.portal.program.ProgramService;
import kr.innocluster.portal.program.ProgramSummary;
import kr.innocluster.portal.program.ReviewService;
import kr.innocluster.portal.program.RubricLine;
import kr.innocluster.portal.program.ScoreLine;
import kr.innocluster.portal.program.SelectionService;
import kr.innocluster.portal.security.DemoUsers;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Grants at each post-award stage, built after the program's demo data (order 20) through the real services, as the
 * person who does each step (idempotent: a grant that already has a project is left alone):
 * <ul>
 *   <li>the completed demo program's grant of 한빛정밀 is settled and in follow-up (baseline and year 1 answered);</li>
 *   <li>its grant of 새별로보틱스 is reporting: interim report accepted, both instalments paid, expenses recorded,
 *       the final report still due (the browser journey continues from here);</li>
 *   <li>a 2026 demo program with two fresh grants: 한빛정밀 spending (first instalment paid, expenses under review,
 *       a change notice), 새별로보틱스 paying out (contract signed, first instalment to pay).</li>
 * </ul>
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "portal.demo-data.enabled", havingValue = "true")
class GrantDemoData implements ApplicationRunner {

    static final String PROGRAM_2026 = "2026 스마트공장 AI 고도화 실증 지원";
    private static final Logger log = LoggerFactory.getLogger(GrantDemoData.class);
    private static final byte[] PDF = ("%PDF-1.4\n% 증빙 (demo)\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
            .getBytes(StandardCharsets.UTF_8);

    private final AgreedGrants agreedGrants;
    private final GrantProjectService projects;
    private final ExpenseService expenses;
    private final ReportService reports;
    private final ChangeService changes;
    private final SettlementService settlement;
    private final OutcomeService outcomes;
    private final ProgramService programs;
    private final ApplicationService applications;
    private final IntakeService intake;
    private final ReviewService reviews;
    private final SelectionService selection;
    private final AgreementService agreements;
    private final Clock clock;

    GrantDemoData(AgreedGrants agreedGrants, GrantProjectService projects, ExpenseService expenses,
                  ReportService reports, ChangeService changes, SettlementService settlement,
                  OutcomeService outcomes, ProgramService programs, ApplicationService applications,
                  IntakeService intake, ReviewService reviews, SelectionService selection,
                  AgreementService agreements, Clock clock) {
        this.agreedGrants = agreedGrants;
        this.projects = projects;
        this.expenses = expenses;
        this.reports = reports;
        this.changes = changes;
        this.settlement = settlement;
        this.outcomes = outcomes;
        this.programs = programs;
        this.applications = applications;
        this.intake = intake;
        this.reviews = reviews;
        this.selection = selection;
        this.agreements = agreements;
        this.clock = clock;
    }

    private static <T> T official(Supplier<T> action) {
        return RunAs.user(DemoUsers.OFFICIAL, "official").withEmail("official@innocluster.example")
                .withRoles(Roles.OFFICIAL).call(action);
    }

    private static void official(Runnable action) {
        official(() -> {
            action.run();
            return null;
        });
    }

    private static void company(String subject, Runnable action) {
        boolean first = DemoUsers.COMPANY.equals(subject);
        RunAs.user(subject, first ? "company" : "company2")
                .withEmail(first ? "company@hanbit-precision.example" : "company2@saebyeol-robotics.example")
                .withRoles(Roles.COMPANY).run(action);
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            List<AgreedGrant> agreed = official(agreedGrants::agreedGrants);
            Optional<AgreedGrant> hanbit = find(agreed, DemoUsers.COMPANY, "예지보전");
            Optional<AgreedGrant> saebyeol = find(agreed, DemoUsers.COMPANY2, "품질 데이터");
            hanbit.filter(this::fresh).ifPresent(this::settledInFollowUp);
            saebyeol.filter(this::fresh).ifPresent(this::reporting);
            programOf2026().ifPresent(programId -> {
                official(() -> agreedGrants.agreedGrants()).stream().filter(g -> g.programId() == programId)
                        .filter(this::fresh).forEach(g -> {
                            if (DemoUsers.COMPANY.equals(g.applicantSubject())) {
                                spending(g);
                            } else {
                                payingOut(g);
                            }
                        });
            });
        } catch (RuntimeException e) {
            // Demo data is a convenience: a missing piece (e.g. no demo companies) must not stop the portal.
            log.warn("[grant] demo data incomplete: {}", e.toString());
        }
    }

    private static Optional<AgreedGrant> find(List<AgreedGrant> agreed, String subject, String titlePart) {
        return agreed.stream().filter(g -> subject.equals(g.applicantSubject()))
                .filter(g -> g.projectTitle().contains(titlePart)).findFirst();
    }

    private boolean fresh(AgreedGrant g) {
        return official(() -> projects.awaitingContracts()).stream()
                .anyMatch(a -> a.applicationId() == g.applicationId());
    }

    /** The old demo program asked for a 20% own share in its notice (its setting, not the 25% default). */
    private long contract(AgreedGrant g, int minOwnPercent) {
        return official(() -> {
            ProgramSettings defaults = projects.settings(g.programId());
            projects.saveSettings(new ProgramSettings(g.programId(), defaults.categories(), minOwnPercent,
                    defaults.minCashPercent(), defaults.changeLimitPercent(), defaults.followUpYears(),
                    defaults.instalmentPercents(), defaults.kpis()));
            long id = projects.prepareContract(g.applicationId());
            projects.confirmContract(id);
            return id;
        });
    }

    private void sign(AgreedGrant g, long projectId) {
        company(g.applicantSubject(), () -> projects.confirmContract(projectId));
    }

    private ProjectDetails details(long projectId) {
        return official(() -> projects.project(projectId));
    }

    private void pay(long projectId, int seq, LocalDate on) {
        official(() -> details(projectId).instalments().stream().filter(i -> i.seq() == seq).findFirst()
                .ifPresent(i -> projects.recordPayment(i.id(), on)));
    }

    private long spend(AgreedGrant g, long projectId, int line, LocalDate on, String supplier, String number,
                       long supply, PaymentMethod method, String what) {
        long lineId = details(projectId).lines().get(line).id();
        long[] id = new long[1];
        company(g.applicantSubject(), () -> {
            id[0] = expenses.record(projectId, new ExpenseForm(lineId, on, supplier, number, supply, supply / 10,
                    method, what));
            expenses.attachEvidence(id[0], evidence("세금계산서-" + supplier + ".pdf"));
        });
        return id[0];
    }

    private void report(AgreedGrant g, long projectId, ReportKind kind, String text, boolean accept) {
        ProjectDetails d = details(projectId);
        ReportView report = d.reports().stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
        company(g.applicantSubject(), () -> reports.submit(report.id(), new ReportForm(text,
                d.kpis().stream().map(k -> kind == ReportKind.FINAL ? k.target() : "진행 중 (" + k.target() + " 목표)")
                        .toList())));
        if (accept) {
            official(() -> reports.accept(report.id(), "계획 대비 정상 추진"));
        }
    }

    private void settledInFollowUp(AgreedGrant g) {
        long id = contract(g, 20);
        sign(g, id);
        pay(id, 1, LocalDate.of(2025, 6, 10));
        spend(g, id, 0, LocalDate.of(2025, 7, 3), "대구센서텍", "120-81-47521", 21_500_000L,
                PaymentMethod.GRANT_CARD, "진동·온도 센서 및 게이트웨이");
        spend(g, id, 0, LocalDate.of(2025, 8, 20), "경북데이터랩", "220-81-62517", 18_000_000L,
                PaymentMethod.BANK_TRANSFER, "설비 데이터 수집 서버");
        long lunch = spend(g, id, 2, LocalDate.of(2025, 9, 5), "한빛푸드", "120-81-47521", 1_200_000L,
                PaymentMethod.GRANT_CARD, "회의 다과");
        report(g, id, ReportKind.INTERIM, "센서 42개 설치, 데이터 수집 안정화. 예지보전 모델 1차 학습 완료.", true);
        pay(id, 2, LocalDate.of(2025, 10, 1));
        spend(g, id, 1, LocalDate.of(2025, 10, 15), "에이아이팩토리", "220-81-62517", 26_000_000L,
                PaymentMethod.BANK_TRANSFER, "예지보전 모델 개발 용역");
        spend(g, id, 2, LocalDate.of(2025, 11, 28), "대구센서텍", "120-81-47521", 16_000_000L,
                PaymentMethod.BANK_TRANSFER, "현장 설치 인력 인건비");
        official(() -> expenses.disallow(lunch, "회의 다과는 사업비로 인정되지 않는 항목입니다."));
        report(g, id, ReportKind.FINAL, "설비 비가동 시간 28% 감소, 불량률 31% 절감. 2개 라인 확산 준비.", true);
        official(() -> settlement.settle(id, 85_000L, "이자 85,000원 포함"));
        List<OutcomeView> surveys = official(() -> outcomes.outcomes(id));
        company(g.applicantSubject(), () -> {
            outcomes.answer(surveys.get(0).id(), new OutcomeForm(4_200_000_000L, 300_000_000L, 48, 3, 1,
                    0L, 0));
            outcomes.answer(surveys.get(1).id(), new OutcomeForm(5_100_000_000L, 620_000_000L, 55, 7, 3,
                    500_000_000L, 1));
        });
    }

    private void reporting(AgreedGrant g) {
        long id = contract(g, 20);
        sign(g, id);
        pay(id, 1, LocalDate.of(2025, 6, 12));
        spend(g, id, 0, LocalDate.of(2025, 6, 30), "로보셀코리아", "120-81-47521", 19_000_000L,
                PaymentMethod.BANK_TRANSFER, "협동로봇 품질 센서 모듈");
        spend(g, id, 1, LocalDate.of(2025, 8, 8), "경북데이터랩", "220-81-62517", 12_000_000L,
                PaymentMethod.BANK_TRANSFER, "품질 데이터 통합 플랫폼 구축 용역 1차");
        report(g, id, ReportKind.INTERIM, "용접 셀 3기 데이터 연동 완료, 품질 대시보드 시범 운영.", true);
        pay(id, 2, LocalDate.of(2025, 10, 2));
        spend(g, id, 2, LocalDate.of(2025, 11, 10), "새별로보틱스 협력사", "220-81-62517", 9_000_000L,
                PaymentMethod.GRANT_CARD, "데이터 라벨링 인력");
    }

    private void spending(AgreedGrant g) {
        long id = contract(g, 25);
        sign(g, id);
        LocalDate today = LocalDate.now(clock);
        pay(id, 1, details(id).summary().periodStart().plusDays(7));
        long first = spend(g, id, 0, today.minusDays(40), "대구비전", "120-81-47521", 14_000_000L,
                PaymentMethod.BANK_TRANSFER, "AI 비전 카메라 4대");
        official(() -> expenses.accept(first));
        spend(g, id, 1, today.minusDays(12), "에이아이팩토리", "220-81-62517", 9_500_000L,
                PaymentMethod.BANK_TRANSFER, "불량 판정 모델 개발 용역 착수금");
        spend(g, id, 0, today.minusDays(3), "대구센서텍", "120-81-47521", 2_300_000L,
                PaymentMethod.GRANT_CARD, "조명·지그 자재");
        ProjectDetails d = details(id);
        company(g.applicantSubject(), () -> changes.propose(id, new ChangeForm(d.lines().get(1).id(),
                d.lines().get(0).id(), 1_500_000L, 500_000L, null, "카메라 추가 구매를 위해 외주용역비 일부를 재료비로 이동")));
    }

    private void payingOut(AgreedGrant g) {
        long id = contract(g, 25);
        sign(g, id);
    }

    /** A 2026 program with two agreed grants, made through the program's services; empty without demo companies. */
    private Optional<Long> programOf2026() {
        Optional<Long> existing = official(() -> programs.allPrograms(PageRequest.of(0, 200)).stream()
                .filter(p -> p.title().equals(PROGRAM_2026)).map(ProgramSummary::id).findFirst());
        if (existing.isPresent()) {
            return existing;
        }
        LocalDate today = LocalDate.now(clock);
        long programId = official(() -> {
            long id = programs.create(draft());
            programs.publish(id);
            return id;
        });
        grant2026(programId, DemoUsers.COMPANY, "AI 비전 기반 조립 불량 검출 라인 실증", 40_000_000L, 13_500_000L, today);
        grant2026(programId, DemoUsers.COMPANY2, "협동로봇 용접 품질 예측 실증", 32_000_000L, 10_700_000L, today);
        return Optional.of(programId);
    }

    private void grant2026(long programId, String subject, String title, long grant, long own, LocalDate today) {
        long[] id = new long[1];
        company(subject, () -> {
            id[0] = applications.startApplication(programId);
            applications.upload(id[0], "사업계획서", evidence("사업계획서.pdf"));
            applications.submit(id[0], new ApplicationDraft(title,
                    "- 현황: 육안 검사로 불량 유출\n- 목표: 불량률 30% 절감, 생산성 20% 향상", grant));
        });
        // the demo reviewer (박서연) is in the pool since the program's demo data; registering again as "reviewer"
        // would rename them to their username
        official(() -> {
            intake.accept(id[0]);
            intake.assign(id[0], DemoUsers.REVIEWER);
        });
        RunAs.user(DemoUsers.REVIEWER, "reviewer").withEmail("reviewer@review-pool.example")
                .withRoles(Roles.REVIEWER).run(() -> {
                    AssignmentSummary a = reviews.myAssignments(PageRequest.of(0, 500)).stream()
                            .filter(x -> x.applicationId() == id[0]).findFirst().orElseThrow();
                    reviews.submit(a.assignmentId(), reviews.sheet(a.assignmentId()).lines().stream()
                            .map(l -> new ScoreLine(l.rubricItemId(), l.name(), l.weight(), 4, "실현 가능성 높음"))
                            .toList(), "현장 적용성이 높음");
                });
        long total = grant + own;
        official(() -> {
            selection.select(id[0], grant, "평가 결과 상위");
            agreements.record(id[0], new AgreementTerms(today.minusDays(90), today.plusDays(270), grant, own,
                    List.of(new BudgetLine("재료비", total / 2), new BudgetLine("외주용역비", total * 3 / 10),
                            new BudgetLine("인건비", total - total / 2 - total * 3 / 10))));
        });
        company(subject, () -> agreements.confirm(id[0]));
    }

    private ProgramDraft draft() {
        ProgramDraft d = new ProgramDraft();
        d.setTitle(PROGRAM_2026);
        d.setHostOrganisation("대구테크노파크");
        d.setCategory(ProgramCategory.MANUFACTURING_AX);
        d.setDescription("중소 제조기업의 AI 비전·예지보전 현장 실증을 지원합니다. 협약 이후 교부·집행·보고·정산까지 포털에서 진행합니다.");
        d.setTotalBudget(300_000_000L);
        d.setMaxGrant(50_000_000L);
        LocalDateTime now = LocalDateTime.now(clock);
        d.setOpensAt(now.minusDays(120));
        d.setClosesAt(now.plusDays(14));
        d.setRequiredDocuments("사업계획서");
        d.setRubric(new ArrayList<>(List.of(new RubricLine("기술성", 30), new RubricLine("사업성", 30),
                new RubricLine("역량", 20), new RubricLine("정책부합", 10), new RubricLine("가점", 10))));
        return d;
    }

    private static UploadedFile evidence(String name) {
        try {
            Path temp = Files.createTempFile("grant-demo-", ".pdf");
            temp.toFile().deleteOnExit();
            Files.write(temp, PDF);
            return new UploadedFile(name, "application/pdf", temp, PDF.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
