package kr.innocluster.portal.company;

import java.time.LocalDate;
import java.util.UUID;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Data that must stay true: a verified company's change to what verification and eligibility depend on waits for an
 * official, other fields save at once, only the manager edits; a rejected registration no longer blocks its number.
 */
@IntegrationTest
class CompanyChangeRequestTest {

    @Autowired
    CompanyFixtures fixtures;
    @Autowired
    CompanyService companies;
    @Autowired
    CompanyChangeRequestService changeRequests;
    @Autowired
    CompanyDirectoryService directory;
    @Autowired
    CompanyInvitationService invitations;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aVerifiedCompanysRegionAndRevenueWaitForAnOfficialWhileItsNameSavesAtOnce() {
        String manager = unique("cr-manager");
        CompanyDetails company = fixtures.verified("변경요청 주식회사", manager);
        TestUsers.signIn(manager, Roles.COMPANY);
        CompanyDetails before = companies.details(company.id());
        CompanyForm edit = CompanyForm.of(before);
        edit.setName("변경요청 테크 주식회사");
        edit.setRegion(Region.GYEONGBUK);
        edit.setAnnualRevenue(9_000_000_000L);
        edit.setFoundedOn(LocalDate.of(2010, 1, 4));
        String newNumber = CompanyFixtures.freshBusinessNumber();
        edit.setBusinessNumber(newNumber);

        CompanyDetails saved = companies.update(company.id(), before.version(), edit);

        assertThat(saved.name()).isEqualTo("변경요청 테크 주식회사");
        assertThat(saved.region()).isEqualTo(Region.DAEGU);
        assertThat(saved.annualRevenue()).isEqualTo(1_500_000_000L);
        assertThat(saved.businessNumber()).isEqualTo(before.businessNumber());
        assertThat(saved.status()).isEqualTo(CompanyStatus.VERIFIED);
        CompanyChangeRequest pending = changeRequests.pending(company.id()).orElseThrow();
        assertThat(pending.region()).isEqualTo(Region.GYEONGBUK);
        assertThat(pending.annualRevenue()).isEqualTo(9_000_000_000L);
        assertThat(pending.businessNumber()).isEqualTo(BusinessNumber.normalize(newNumber));

        // the company cannot approve its own change
        assertThatThrownBy(() -> changeRequests.approve(pending.id(), pending.version()))
                .isInstanceOf(AccessDeniedException.class);

        TestUsers.signIn("official", Roles.OFFICIAL);
        assertThat(changeRequests.countAwaiting()).isPositive();
        assertThat(changeRequests.awaiting(1000)).extracting(CompanyChangeRequest::companyName)
                .contains("변경요청 테크 주식회사");
        CompanyDetails approved = changeRequests.approve(pending.id(), pending.version());
        assertThat(approved.region()).isEqualTo(Region.GYEONGBUK);
        assertThat(approved.annualRevenue()).isEqualTo(9_000_000_000L);
        assertThat(approved.foundedOn()).isEqualTo(LocalDate.of(2010, 1, 4));
        assertThat(approved.businessNumber()).isEqualTo(BusinessNumber.normalize(newNumber));
        assertThat(changeRequests.pending(company.id())).isEmpty();
        assertThat(companies.history(company.id())).extracting(CompanyChange::field)
                .contains("changeRequested", "region", "annualRevenue", "businessNumber", "name");
    }

    @Test
    void aRejectedChangeLeavesTheCompanyAsItWasAndTheMembersReadWhy() {
        String manager = unique("cr-reject");
        CompanyDetails company = fixtures.verified("반려변경 주식회사", manager);
        TestUsers.signIn(manager, Roles.COMPANY);
        CompanyDetails before = companies.details(company.id());
        CompanyForm edit = CompanyForm.of(before);
        edit.setSizeClass(SizeClass.MICRO);
        edit.setKsicCode("C26");
        companies.update(company.id(), before.version(), edit);
        CompanyChangeRequest pending = changeRequests.pending(company.id()).orElseThrow();

        TestUsers.signIn("official", Roles.OFFICIAL);
        assertThatThrownBy(() -> changeRequests.reject(pending.id(), pending.version(), " "))
                .isInstanceOf(RuleException.class);
        changeRequests.reject(pending.id(), pending.version(), "재무제표로 확인되지 않습니다.");
        assertThatThrownBy(() -> changeRequests.approve(pending.id(), pending.version()))
                .isInstanceOf(ConflictException.class);

        TestUsers.signIn(manager, Roles.COMPANY);
        CompanyDetails after = companies.details(company.id());
        assertThat(after.sizeClass()).isEqualTo(SizeClass.SMALL);
        assertThat(after.ksicCode()).isEqualTo("C29280");
        assertThat(changeRequests.recent(company.id()).getFirst()).satisfies(latest -> {
            assertThat(latest.status()).isEqualTo(ChangeRequestStatus.REJECTED);
            assertThat(latest.reason()).isEqualTo("재무제표로 확인되지 않습니다.");
        });
    }

    @Test
    void onlyTheManagerEditsTheProfile() {
        String manager = unique("cr-boss");
        CompanyDetails company = fixtures.verified("관리자전용 주식회사", manager);
        String member = unique("cr-member");
        String token = fixtures.invite(company.id(), manager, member + "@test.example");
        TestUsers.signIn(member);
        invitations.accept(token);

        TestUsers.signIn(member, Roles.COMPANY);
        CompanyDetails seen = companies.details(company.id());
        CompanyForm edit = CompanyForm.of(seen);
        edit.setContactPhone("010-9999-0000");
        assertThatThrownBy(() -> companies.update(company.id(), seen.version(), edit))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(companies.details(company.id()).contactPhone()).isEqualTo("010-1234-5678");

        TestUsers.signIn(manager, Roles.COMPANY);
        assertThat(companies.update(company.id(), seen.version(), edit).contactPhone()).isEqualTo("010-9999-0000");
        assertThat(changeRequests.pending(company.id())).isEmpty();
    }

    @Test
    void aRejectedCompanysBusinessNumberIsRegisteredAgainWithoutAnOfficial() {
        String number = CompanyFixtures.freshBusinessNumber();
        String impostor = unique("cr-impostor");
        CompanyDetails rejected = fixtures.register("사칭 주식회사", impostor, false, form -> form.setBusinessNumber(number));
        TestUsers.signIn("official", Roles.OFFICIAL);
        directory.reject(rejected.id(), rejected.version(), "사업자등록증과 다른 대표자입니다.");

        String owner = unique("cr-owner");
        CompanyDetails again = fixtures.register("진짜 주식회사", owner, false, form -> form.setBusinessNumber(number));
        assertThat(again.status()).isEqualTo(CompanyStatus.PENDING);
        assertThat(again.businessNumber()).isEqualTo(BusinessNumber.normalize(number));

        // the rejected record stays in the history; the number is taken again for anyone else
        TestUsers.signIn("official", Roles.OFFICIAL);
        assertThat(companies.details(rejected.id())).satisfies(old -> {
            assertThat(old.status()).isEqualTo(CompanyStatus.REJECTED);
            assertThat(old.businessNumber()).isEqualTo(BusinessNumber.normalize(number));
        });
        assertThatThrownBy(() -> fixtures.register("세번째 주식회사", unique("cr-third"), false,
                form -> form.setBusinessNumber(number))).isInstanceOfSatisfying(RuleException.class,
                e -> assertThat(e.fieldErrorKeys()).containsEntry("businessNumber", "company.error.businessNumber.taken"));
        // the rejected registrant correcting their profile cannot take the number back either
        TestUsers.signIn(impostor, Roles.COMPANY);
        CompanyDetails old = companies.details(rejected.id());
        CompanyForm corrected = CompanyForm.of(old);
        corrected.setCeoName("김사칭");
        assertThatThrownBy(() -> companies.update(rejected.id(), old.version(), corrected))
                .isInstanceOf(ConflictException.class);
        // and the official's new registration is verified like any other
        TestUsers.signIn("official", Roles.OFFICIAL);
        assertThat(directory.verify(again.id(), again.version()).status()).isEqualTo(CompanyStatus.VERIFIED);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
