package kr.innocluster.portal.company;

import java.util.List;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.security.DemoUsers;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.security.TestUsers;
import kr.innocluster.portal.security.WithPortalUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static kr.innocluster.portal.company.CompanyFixtures.validForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Registration, the company a user sees, edits and history, against the real database. */
@IntegrationTest
class CompanyServiceTest {

    @Autowired
    CompanyService companies;

    @Autowired
    CompanyDirectoryService directory;

    @Autowired
    CompanyOnboardingService onboarding;

    @Autowired
    CompanyMemberService members;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    @WithPortalUser(username = "company", roles = "company")
    void theDemoCompanyUserSeesTheirVerifiedCompany() {
        CompanySummary mine = companies.myCompany().orElseThrow();

        assertThat(mine.name()).isEqualTo("한빛정밀 주식회사");
        assertThat(mine.status()).isEqualTo(CompanyStatus.VERIFIED);
        assertThat(mine.region()).isEqualTo(Region.DAEGU);
        assertThat(BusinessNumber.isValid(mine.businessNumber())).isTrue();
        assertThat(companies.requireVerifiedCompanyOfCurrentUser().id()).isEqualTo(mine.id());
        assertThat(companies.isMember(DemoUsers.COMPANY, mine.id())).isTrue();
        assertThat(companies.isMember(DemoUsers.COMPANY2, mine.id())).isFalse();
    }

    @Test
    @WithPortalUser(username = "fresh-registrant", name = "오지훈", roles = "company")
    void aNewCompanyIsPendingAndItsRegistrantIsTheManager() {
        assertThat(companies.myCompany()).isEmpty();
        assertThatThrownBy(companies::requireVerifiedCompanyOfCurrentUser)
                .isInstanceOfSatisfying(CompanyNotVerifiedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("company.error.noCompany"));

        CompanyDetails registered = companies.register(validForm("오지훈테크 주식회사"));

        assertThat(registered.status()).isEqualTo(CompanyStatus.PENDING);
        assertThat(registered.ksicCode()).isEqualTo("C29280");
        assertThat(registered.businessNumber()).matches("\\d{10}");
        assertThat(companies.isManagedByCurrentUser(registered.id())).isTrue();
        assertThat(companies.history(registered.id())).extracting(CompanyChange::field).containsExactly("registered");
        assertThatThrownBy(companies::requireVerifiedCompanyOfCurrentUser)
                .isInstanceOfSatisfying(CompanyNotVerifiedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("company.error.notVerified.PENDING"));

        TestUsers.signIn("official", "official");
        directory.verify(registered.id(), registered.version());

        TestUsers.signIn("fresh-registrant", "company");
        assertThat(companies.requireVerifiedCompanyOfCurrentUser().status()).isEqualTo(CompanyStatus.VERIFIED);
        assertThatThrownBy(() -> companies.register(validForm("두 번째 회사")))
                .isInstanceOfSatisfying(RuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("company.error.alreadyMember");
                    assertThat(e.fieldErrors()).isEmpty();
                });
    }

    @Test
    void anAttendeeWithAVerifiedEmailRegistersWithoutTheCompanyRole() {
        TestUsers.signInWithEmail("attendee-registrant", "owner@attendee-registrant.example", true, Roles.ATTENDEE);
        assertThat(onboarding.myState().state()).isEqualTo(CompanyAccessState.NONE);

        CompanyDetails registered = companies.register(validForm("참가자창업 주식회사"));

        assertThat(registered.status()).isEqualTo(CompanyStatus.PENDING);
        MyCompanyState state = onboarding.myState();
        assertThat(state.state()).isEqualTo(CompanyAccessState.AWAITING_VERIFICATION);
        assertThat(state.manager()).isTrue();
        assertThat(companies.details(registered.id()).name()).isEqualTo("참가자창업 주식회사");
        assertThat(companies.isManagedByCurrentUser(registered.id())).isTrue();
        // other features act only for holders of the company role
        assertThat(companies.myCompany()).isEmpty();
        assertThat(members.members(registered.id())).extracting(CompanyMember::email)
                .containsExactly("owner@attendee-registrant.example");
    }

    @Test
    void anUnverifiedEmailCannotRegisterACompany() {
        TestUsers.signInWithEmail("unverified-registrant", "owner@unverified.example", false, Roles.ATTENDEE,
                Roles.COMPANY);
        assertThat(onboarding.myState().emailVerified()).isFalse();

        assertThatThrownBy(() -> companies.register(validForm("미인증 주식회사")))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("company.error.emailUnverified"));

        assertThat(onboarding.myState().state()).isEqualTo(CompanyAccessState.NONE);
    }

    @Test
    @WithPortalUser(username = "duplicate-registrant", roles = "company")
    void anAlreadyRegisteredNumberIsRefusedNextToTheField() {
        String hanbit = BusinessNumber.format(CompanyDemoData.HANBIT_NUMBER);
        CompanyForm form = validForm("한빛정밀 복제");
        form.setBusinessNumber(hanbit);

        assertThatThrownBy(() -> companies.register(form)).isInstanceOfSatisfying(RuleException.class,
                e -> assertThat(e.fieldErrorKeys()).containsExactly(
                        java.util.Map.entry("businessNumber", "company.error.businessNumber.taken")));
        assertThat(companies.myCompany()).isEmpty();
    }

    @Test
    @WithPortalUser(username = "careless-registrant", roles = "company")
    void everyBadFieldIsReportedAndNothingIsSaved() {
        CompanyForm form = validForm(" ");
        form.setBusinessNumber("123-45-67890");
        form.setKsicCode("29280");
        form.setContactPhone("1234");
        form.setContactEmail("not-an-email");
        form.setEmployees(-1);
        form.setSmartFactoryLevel(7);
        form.setDemand(false);
        form.setFoundedOn(java.time.LocalDate.now().plusDays(2));
        TestUsers.signIn("official", "official");
        long before = directory.count(CompanyFilter.any());
        TestUsers.signIn("careless-registrant", "company");

        assertThatThrownBy(() -> companies.register(form)).isInstanceOfSatisfying(RuleException.class,
                e -> assertThat(e.fieldErrorKeys())
                        .containsEntry("businessNumber", "company.error.businessNumber.checkDigit")
                        .containsEntry("name", "company.error.required")
                        .containsEntry("ksicCode", "company.error.ksic.format")
                        .containsEntry("contactPhone", "company.error.phone.format")
                        .containsEntry("contactEmail", "company.error.email.format")
                        .containsEntry("employees", "company.error.employees.range")
                        .containsEntry("smartFactoryLevel", "company.error.smartFactory.range")
                        .containsEntry("kind", "company.error.kind.required")
                        .containsEntry("foundedOn", "company.error.foundedOn.future"));

        assertThat(companies.myCompany()).isEmpty();
        TestUsers.signIn("official", "official");
        assertThat(directory.count(CompanyFilter.any())).isEqualTo(before);
    }

    @Test
    @WithPortalUser(username = "editing-member", name = "문서진", roles = "company")
    void everyChangeIsKeptWithWhoWhenAndOldAndNewValues() {
        CompanyDetails company = companies.register(validForm("문서진정밀"));
        CompanyForm edit = CompanyForm.of(company);
        edit.setEmployees(20);
        edit.setRegion(Region.CHUNGBUK);

        CompanyDetails saved = companies.update(company.id(), company.version(), edit);

        assertThat(saved.employees()).isEqualTo(20);
        assertThat(saved.version()).isGreaterThan(company.version());
        List<CompanyChange> history = companies.history(company.id());
        assertThat(history).extracting(CompanyChange::field).contains("employees", "region", "registered");
        CompanyChange employees = history.stream().filter(c -> c.field().equals("employees")).findFirst().orElseThrow();
        assertThat(employees.oldValue()).isEqualTo("12");
        assertThat(employees.newValue()).isEqualTo("20");
        assertThat(employees.changedBy()).isEqualTo("문서진");
        assertThat(employees.changedAt()).isNotNull();
    }

    @Test
    @WithPortalUser(username = "rejected-member", roles = "company")
    void aRejectedCompanyThatCorrectsItsProfileIsQueuedAgain() {
        CompanyDetails company = companies.register(validForm("반려후수정 주식회사"));
        TestUsers.signIn("official", "official");
        CompanyDetails rejected = directory.reject(company.id(), company.version(), "대표자명이 사업자등록증과 다릅니다.");
        TestUsers.signIn("rejected-member", "company");
        assertThat(companies.details(company.id()).statusReason()).isEqualTo("대표자명이 사업자등록증과 다릅니다.");

        CompanyForm corrected = CompanyForm.of(rejected);
        corrected.setCeoName("홍길순");
        CompanyDetails saved = companies.update(company.id(), rejected.version(), corrected);

        assertThat(saved.status()).isEqualTo(CompanyStatus.PENDING);
    }
}
