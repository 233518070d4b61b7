package kr.innocluster.portal.program;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.LanguagePreference;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.localstack.TestStack;
import kr.innocluster.portal.notification.NotificationService;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Selection notifies the company by mail and in the portal; the agreement is recorded and confirmed. */
@IntegrationTest
class SelectionAndAgreementTest {

    @Autowired
    ProgramFixtures fixtures;
    @Autowired
    SelectionService selection;
    @Autowired
    AgreementService agreements;
    @Autowired
    ApplicationService applications;
    @Autowired
    NotificationService notifications;
    @Autowired
    LanguagePreference languages;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aSelectedCompanyIsToldByMailAndNoticeThenConfirmsItsAgreement() throws Exception {
        long programId = fixtures.openProgram(ProgramFixtures.draft(ProgramFixtures.unique("협약 사업"), 500_000_000L,
                50_000_000L));
        String company = fixtures.newCompanyUser("agree");
        long id = fixtures.submittedApplication(programId, company, 40_000_000L);
        fixtures.reviewed(id, "agree-reviewer", 4);

        TestUsers.signIn("official", "official");
        selection.select(id, 35_000_000L, "우수 과제");
        assertThat(selection.remainingBudget(programId)).isEqualTo(465_000_000L);
        MimeMessage mail = TestStack.get().mail().awaitMailTo(company + "@test.example");
        assertThat(mail.getSubject()).isEqualTo("[InnoCluster] 선정 안내");
        assertThat(mail.getContent().toString()).contains("선정되었습니다", "₩35,000,000", "/my-applications/" + id);

        AgreementTerms unbalanced = new AgreementTerms(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 12, 31),
                35_000_000L, 15_000_000L, List.of(new BudgetLine("재료비", 10_000_000L)));
        assertThatThrownBy(() -> agreements.record(id, unbalanced)).isInstanceOfSatisfying(RuleException.class,
                e -> assertThat(e.fieldErrorKeys()).containsEntry("lines", "program.validation.linesSum"));
        agreements.record(id, new AgreementTerms(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 12, 31), 35_000_000L,
                15_000_000L, List.of(new BudgetLine("재료비", 20_000_000L), new BudgetLine("외주용역비", 30_000_000L))));

        TestUsers.signIn(company, "company");
        assertThat(notifications.myNotices(10)).extracting(n -> n.title())
                .contains("선정 안내", "협약 내용 확인 요청");
        assertThat(agreements.agreementOf(id)).hasValueSatisfying(a -> {
            assertThat(a.confirmed()).isFalse();
            assertThat(a.terms().lines()).hasSize(2);
        });
        agreements.confirm(id);

        ApplicationDetails done = applications.myApplication(id);
        assertThat(done.status()).isEqualTo(ApplicationStatus.AGREED);
        assertThat(done.grantedAmount()).isEqualTo(35_000_000L);
        assertThat(done.timeline()).extracting(TimelineEntry::action).endsWith(AuditAction.APPLICATION_SELECTED,
                AuditAction.AGREEMENT_RECORDED, AuditAction.AGREEMENT_CONFIRMED);
    }

    @Test
    void aRejectionNeedsAReasonWhichTheCompanyReads() {
        long programId = fixtures.openProgram(ProgramFixtures.draft(ProgramFixtures.unique("반려 사업"), 500_000_000L,
                50_000_000L));
        String company = fixtures.newCompanyUser("reject");
        long id = fixtures.submittedApplication(programId, company, 40_000_000L);

        TestUsers.signIn("official", "official");
        assertThatThrownBy(() -> selection.reject(id, " ")).isInstanceOfSatisfying(RuleException.class,
                e -> assertThat(e.fieldErrorKeys()).containsEntry("reason", "program.validation.reason"));
        selection.reject(id, "지원 대상 업종이 아님");

        TestUsers.signIn(company, "company");
        ApplicationDetails rejected = applications.myApplication(id);
        assertThat(rejected.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(rejected.timeline().getLast().detail()).isEqualTo("지원 대상 업종이 아님");
    }

    @Test
    void anApplicantWhoChoseEnglishIsToldInEnglish() throws Exception {
        long programId = fixtures.openProgram(ProgramFixtures.draft(ProgramFixtures.unique("영문 안내"), 500_000_000L,
                50_000_000L));
        String company = fixtures.newCompanyUser("english");
        TestUsers.signIn(company, "company");
        languages.rememberCurrentUserLanguage(Locale.ENGLISH);
        long id = fixtures.submittedApplication(programId, company, 40_000_000L);

        TestUsers.signIn("official", "official");
        selection.reject(id, "Outside the supported industries");

        MimeMessage mail = TestStack.get().mail().awaitMailTo(company + "@test.example");
        assertThat(mail.getSubject()).isEqualTo("[InnoCluster] Result of your application");
        assertThat(mail.getContent().toString()).startsWith("Dear ")
                .contains("was not selected", "Outside the supported industries");
        TestUsers.signIn(company, "company");
        assertThat(notifications.myNotices(10)).extracting(n -> n.title()).contains("Result of your application");
    }
}
