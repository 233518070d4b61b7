package kr.innocluster.portal.program;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.base.storage.FileStorage;
import kr.innocluster.portal.program.domain.GrantAgreement;
import kr.innocluster.portal.program.domain.GrantAgreementRepository;
import kr.innocluster.portal.program.domain.GrantApplication;
import kr.innocluster.portal.program.domain.GrantApplicationRepository;
import kr.innocluster.portal.program.domain.Program;
import kr.innocluster.portal.program.domain.ProgramAuditEntry;
import kr.innocluster.portal.program.domain.ProgramAuditRepository;
import kr.innocluster.portal.program.domain.ProgramRepository;
import kr.innocluster.portal.program.domain.ProgramReviewer;
import kr.innocluster.portal.program.domain.ProgramReviewerRepository;
import kr.innocluster.portal.program.domain.ReviewAssignment;
import kr.innocluster.portal.program.domain.ReviewAssignmentRepository;
import kr.innocluster.portal.program.domain.RubricItem;
import kr.innocluster.portal.security.DemoUsers;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.security.RunAs;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo programs (idempotent: each is skipped when a program with its title exists): two open announcements, a closed
 * one under review and a completed one with grants and agreements. Applications use the demo companies of the
 * company registry and are skipped when those are missing.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "portal.demo-data.enabled", havingValue = "true")
class ProgramDemoData implements ApplicationRunner {

    static final String PENDING_REVIEWER_EMAIL = "doyoon.lee@review-pool.example";

    private static final byte[] PLAN_PDF = ("%PDF-1.4\n% 사업계획서 (demo)\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
            .getBytes(StandardCharsets.UTF_8);

    private final ProgramRepository programs;
    private final GrantApplicationRepository applications;
    private final ProgramReviewerRepository reviewers;
    private final ReviewAssignmentRepository assignments;
    private final GrantAgreementRepository agreements;
    private final ApplicantCompanies companies;
    private final FileStorage storage;
    private final ProgramAuditRepository audits;
    private final Clock clock;
    private final ReviewerPoolService pool;

    ProgramDemoData(ProgramRepository programs, GrantApplicationRepository applications,
                    ProgramReviewerRepository reviewers, ReviewAssignmentRepository assignments,
                    GrantAgreementRepository agreements, ApplicantCompanies companies, FileStorage storage,
                    ProgramAuditRepository audits, Clock clock, ReviewerPoolService pool) {
        this.pool = pool;
        this.programs = programs;
        this.applications = applications;
        this.reviewers = reviewers;
        this.assignments = assignments;
        this.agreements = agreements;
        this.companies = companies;
        this.storage = storage;
        this.audits = audits;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Instant now = clock.instant();
        ProgramReviewer reviewer = reviewers.findById(DemoUsers.REVIEWER).orElseGet(() -> reviewers.save(
                new ProgramReviewer(DemoUsers.REVIEWER, "박서연", "reviewer@review-pool.example", now)));
        if (reviewer.getAffiliation() == null) {
            reviewer.expertise("경북대학교 기계공학부", List.of("C", "J", "M"), "머신비전, 예지보전, 스마트팩토리");
        }
        if (reviewers.findCurrentByEmail(PENDING_REVIEWER_EMAIL).isEmpty()) {
            // A pending invitation, as an official makes it: Keycloak creates the account and mails the link
            // (readable in the local mailbox).
            RunAs.user(DemoUsers.OFFICIAL, "official").withRoles(Roles.OFFICIAL).run(() -> pool.invite(
                    new ReviewerInvitation("이도윤", PENDING_REVIEWER_EMAIL, "한국생산기술연구원",
                            List.of("C", "D"), "로봇 용접, 공정 자동화")));
        }
        for (DemoPrograms.Spec spec : DemoPrograms.all()) {
            if (programs.findByTitle(spec.title()).isPresent()) {
                continue;
            }
            Program program = create(spec, now);
            if (spec.phase() == DemoPrograms.Phase.UNDER_REVIEW) {
                apply(program, DemoUsers.COMPANY, "AI 비전 기반 가공 불량 실시간 검출 고도화", 120_000_000L, now)
                        .ifPresent(a -> review(a, reviewer, now, true));
                apply(program, DemoUsers.COMPANY2, "협동로봇 용접 셀 MES 연동", 90_000_000L, now)
                        .ifPresent(a -> review(a, reviewer, now, false));
            } else if (spec.phase() == DemoPrograms.Phase.COMPLETED) {
                apply(program, DemoUsers.COMPANY, "설비 가동 데이터 기반 예지보전 실증", 80_000_000L, now)
                        .ifPresent(a -> grant(a, reviewer, 75_000_000L, now));
                apply(program, DemoUsers.COMPANY2, "로봇 셀 품질 데이터 통합 플랫폼", 60_000_000L, now)
                        .ifPresent(a -> grant(a, reviewer, 60_000_000L, now));
                program.complete();
            }
        }
    }

    private Program create(DemoPrograms.Spec spec, Instant now) {
        Program program = new Program(now.minus(Duration.ofDays(spec.opensDaysAgo() + 7)));
        program.describe(spec.title(), spec.host(), spec.category(), spec.description());
        program.budget(spec.budget(), spec.maxGrant());
        LocalDate today = LocalDate.now(clock);
        program.window(today.minusDays(spec.opensDaysAgo()).atTime(9, 0).atZone(clock.getZone()).toInstant(),
                today.plusDays(spec.closesInDays()).atTime(18, 0).atZone(clock.getZone()).toInstant());
        program.review(spec.blind(), 60);
        program.documents(List.of(FileType.PDF, FileType.HWP, FileType.DOCX), 20, List.of("사업계획서", "사업자등록증"));
        program.rules(spec.rules());
        program.replaceRubric(List.of("기술성", "사업성", "역량", "정책부합", "가점"), List.of(30, 30, 20, 10, 10));
        program.publish(program.getOpensAt());
        programs.saveAndFlush(program);
        trail(program, null, AuditAction.PROGRAM_PUBLISHED, program.getOpensAt(), null);
        return program;
    }

    private Optional<GrantApplication> apply(Program program, String userSubject, String title, long amount,
                                             Instant now) {
        boolean first = DemoUsers.COMPANY.equals(userSubject);
        String email = first ? "company@hanbit-precision.example" : "company2@saebyeol-robotics.example";
        Optional<ApplicantCompany> found = RunAs.user(userSubject, first ? "company" : "company2").withEmail(email)
                .withRoles(Roles.COMPANY).call(() -> companies.companyOfUser(userSubject));
        return found.map(company -> {
            GrantApplication a = new GrantApplication(program, company.id(), company.name(), userSubject,
                    first ? "최민준" : "정하은", email, program.getOpensAt());
            a.edit(title, "- 현황: 수작업 검사로 불량 유출\n- 목표: 불량률 30% 절감, 검사 인력 재배치\n\n"
                    + "현장 실증 후 공급기업과 함께 확산합니다.", amount);
            a.attach("사업계획서", "사업계획서.pdf", "PDF", PLAN_PDF.length, storePlan(), program.getOpensAt());
            a.attach("사업자등록증", "사업자등록증.pdf", "PDF", PLAN_PDF.length, storePlan(), program.getOpensAt());
            a.submit(program.getOpensAt().plus(Duration.ofDays(3)), true, null);
            a.moveTo(ApplicationStatus.UNDER_REVIEW);
            applications.saveAndFlush(a);
            Instant submitted = a.getSubmittedAt();
            trail(program, a, AuditAction.APPLICATION_SUBMITTED, submitted, null);
            trail(program, a, AuditAction.APPLICATION_ACCEPTED, submitted.plus(Duration.ofDays(1)), null);
            trail(program, a, AuditAction.REVIEWER_ASSIGNED, submitted.plus(Duration.ofDays(2)), "박서연");
            trail(program, a, AuditAction.REVIEW_STARTED, submitted.plus(Duration.ofDays(2)), null);
            return a;
        });
    }

    private String storePlan() {
        return storage.store(new ByteArrayInputStream(PLAN_PDF), PLAN_PDF.length);
    }

    private ReviewAssignment review(GrantApplication application, ProgramReviewer reviewer, Instant now,
                                    boolean submit) {
        ReviewAssignment assignment = new ReviewAssignment(application, reviewer, now.minus(Duration.ofDays(5)));
        if (submit) {
            int[] scores = {4, 4, 5, 4, 3};
            List<RubricItem> rubric = application.getProgram().getRubric();
            for (int i = 0; i < rubric.size(); i++) {
                assignment.score(rubric.get(i), scores[i % scores.length], "계획이 구체적이고 실현 가능함");
            }
            assignment.comment("현장 적용성이 높음");
            assignment.submit(now.minus(Duration.ofDays(2)));
        }
        return assignments.save(assignment);
    }

    private void grant(GrantApplication application, ProgramReviewer reviewer, long amount, Instant now) {
        review(application, reviewer, now, true);
        application.decide(ApplicationStatus.AGREED, amount, "평가 결과 상위", application.getProgram().getClosesAt());
        programs.reserveBudget(application.getProgram().getId(), amount);
        GrantAgreement agreement = new GrantAgreement(application, application.getProgram().getClosesAt());
        long own = amount / 4;
        LocalDate start = LocalDate.of(2025, 6, 1);
        agreement.terms(start, LocalDate.of(2025, 12, 31), amount, own);
        agreement.replaceLines(List.of("재료비", "외주용역비", "인건비"),
                List.of((amount + own) / 2, (amount + own) * 3 / 10, (amount + own) - (amount + own) / 2 - (amount + own) * 3 / 10));
        agreement.confirm(DemoUsers.COMPANY.equals(application.getApplicantSubject()) ? "최민준" : "정하은",
                application.getProgram().getClosesAt().plus(Duration.ofDays(7)));
        agreements.save(agreement);
        Program program = application.getProgram();
        trail(program, application, AuditAction.APPLICATION_SELECTED, program.getClosesAt(), Money.won(amount));
        trail(program, application, AuditAction.AGREEMENT_RECORDED, program.getClosesAt().plus(Duration.ofDays(3)), null);
        trail(program, application, AuditAction.AGREEMENT_CONFIRMED, agreement.getConfirmedAt(), null);
    }

    /** Demo history as if the demo official had done it at the time. */
    private void trail(Program program, GrantApplication application, AuditAction action, Instant at, String detail) {
        audits.save(new ProgramAuditEntry(program.getId(), application == null ? null : application.getId(),
                DemoUsers.OFFICIAL, "김정민", at, action.name(), detail));
    }
}
