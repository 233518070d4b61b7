package kr.innocluster.portal.company;

import java.util.ArrayList;
import java.util.List;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.security.TestUsers;
import kr.innocluster.portal.securitylog.SecurityEventKind;
import kr.innocluster.portal.securitylog.SecurityLog;
import kr.innocluster.portal.securitylog.SecurityLogEntry;
import kr.innocluster.portal.securitylog.SecurityLogFilter;
import kr.innocluster.portal.security.WithPortalUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The officials' list (fuzzy search, filters, paging), their decisions and concurrent edits. */
@IntegrationTest
@WithPortalUser(username = "official", name = "김정민", roles = "official")
class CompanyDirectoryServiceTest {

    @Autowired
    CompanyDirectoryService directory;

    @Autowired
    CompanyService companies;

    @Autowired
    CompanyFixtures fixtures;

    @Autowired
    SecurityLog securityLog;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aSearchAndAnExportAreEachOneEntryInTheSecurityLogNotOnePerPage() {
        String marker = "logged-search-" + System.nanoTime();
        CompanyFilter filter = filter(marker);
        directory.search(filter, PageRequest.of(0, 10));
        directory.search(filter, PageRequest.of(1, 10));
        directory.search(filter, PageRequest.of(2, 10));
        directory.forEachMatching(filter, Sort.unsorted(), item -> { });

        TestUsers.signIn("official", "official");
        List<SecurityLogEntry> entries = securityLog.search(
                new SecurityLogFilter(null, null, null, null, marker), PageRequest.of(0, 10));
        assertThat(entries).extracting(SecurityLogEntry::kind).containsExactlyInAnyOrder(
                SecurityEventKind.PERSONAL_DATA_SEARCH, SecurityEventKind.PERSONAL_DATA_EXPORT);
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.accountId()).isEqualTo(TestUsers.subjectOf("official"));
            assertThat(entry.subjects()).isZero();
        });
    }

    @Test
    void nameSearchIsFuzzyInKoreanAndLatin() {
        assertThat(names(filter("한빛"))).contains("한빛정밀 주식회사");
        assertThat(names(filter("한빛정밀주식회사"))).first().isEqualTo("한빛정밀 주식회사");
        assertThat(names(filter("새별로버틱스"))).first().isEqualTo("새별로보틱스 주식회사");
        assertThat(names(filter("새별로보틱"))).contains("새별로보틱스 주식회사");
        assertThat(names(filter("robotics"))).contains("K-Precision Robotics Co., Ltd.");
        assertThat(names(filter("Genomic"))).contains("Osong Genomics Inc.");
        // % and _ are literals, not wildcards (no company name shares a syllable or digit with this one, whatever other tests created)
        assertThat(names(filter("쀍%_쀍쀍"))).isEmpty();
    }

    @Test
    void aBusinessNumberFindsItsCompanyWithOrWithoutHyphens() {
        String number = CompanyDemoData.SAEBYEOL_NUMBER;
        assertThat(names(filter(BusinessNumber.format(number)))).containsExactly("새별로보틱스 주식회사");
        assertThat(names(filter(number.substring(0, 7)))).contains("새별로보틱스 주식회사");
    }

    @Test
    void filtersCombineAndPagingHappensInTheDatabase() {
        CompanyFilter osongBio = new CompanyFilter(null, Region.CHUNGBUK, null, "C", null, null, true);
        List<CompanyListItem> rows = directory.search(osongBio, PageRequest.of(0, 100));
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.region()).isEqualTo(Region.CHUNGBUK);
            assertThat(row.ksicCode()).startsWith("C");
            assertThat(row.demand()).isTrue();
        });
        assertThat(directory.count(osongBio)).isEqualTo(rows.size());

        Sort byEmployees = Sort.by(Sort.Order.desc("employees"));
        List<CompanyListItem> first = directory.search(CompanyFilter.any(), PageRequest.of(0, 5, byEmployees));
        List<CompanyListItem> second = directory.search(CompanyFilter.any(), PageRequest.of(1, 5, byEmployees));
        assertThat(first).hasSize(5);
        assertThat(first.getLast().employees()).isGreaterThanOrEqualTo(second.getFirst().employees());
        assertThat(first).extracting(CompanyListItem::id).doesNotContainAnyElementsOf(
                second.stream().map(CompanyListItem::id).toList());
        assertThat(directory.countAwaitingVerification())
                .isEqualTo(directory.count(CompanyFilter.any().withStatus(CompanyStatus.PENDING)));
    }

    @Test
    void unknownSortPropertiesNeverReachTheSql() {
        Sort hostile = Sort.by("name; drop table company");
        assertThat(directory.search(CompanyFilter.any(), PageRequest.of(0, 3, hostile))).hasSize(3);
    }

    @Test
    void decisionsAreRecordedWithWhoAndWhen() {
        CompanyDetails company = registerAs("decided-registrant", "결정대상 주식회사");

        assertThatThrownBy(() -> directory.reject(company.id(), company.version(), " "))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.fieldErrorKeys()).containsEntry("reason", "company.error.required"));
        CompanyDetails verified = directory.verify(company.id(), company.version());
        assertThatThrownBy(() -> directory.reject(company.id(), verified.version(), "늦은 반려"))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("company.error.decision.notAllowed"));
        CompanyDetails suspended = directory.suspend(company.id(), verified.version(), "국세 체납");

        assertThat(suspended.status()).isEqualTo(CompanyStatus.SUSPENDED);
        assertThat(suspended.statusReason()).isEqualTo("국세 체납");
        assertThat(suspended.statusDecidedBy()).isEqualTo("김정민");
        assertThat(suspended.statusDecidedAt()).isNotNull();
        List<CompanyChange> history = companies.history(company.id());
        assertThat(history).filteredOn(c -> c.field().equals("status")).extracting(CompanyChange::newValue)
                .containsExactly("SUSPENDED", "VERIFIED");
        assertThat(history).filteredOn(c -> c.field().equals("status")).allSatisfy(c ->
                assertThat(c.changedBy()).isEqualTo("김정민"));
    }

    @Test
    void twoOfficialsEditingTheSameCompanyDoNotOverwriteEachOther() {
        CompanyDetails company = registerAs("locked-registrant", "동시수정 주식회사");
        CompanyForm first = CompanyForm.of(company);
        first.setEmployees(30);
        CompanyForm second = CompanyForm.of(company);
        second.setEmployees(40);

        companies.update(company.id(), company.version(), first);
        TestUsers.signIn("official-two", "official");

        assertThatThrownBy(() -> companies.update(company.id(), company.version(), second))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("company.error.concurrent"));
        assertThatThrownBy(() -> directory.verify(company.id(), company.version()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("company.error.concurrent"));
        assertThat(companies.details(company.id()).employees()).isEqualTo(30);
    }

    @Test
    void theExportStreamsEveryMatchingCompany() {
        CompanyFilter daegu = new CompanyFilter(null, Region.DAEGU, null, null, null, null, null);
        List<CompanyListItem> exported = new ArrayList<>();

        directory.forEachMatching(daegu, Sort.unsorted(), exported::add);

        assertThat(exported).hasSize((int) directory.count(daegu)).extracting(CompanyListItem::region)
                .containsOnly(Region.DAEGU);
    }

    private CompanyDetails registerAs(String username, String name) {
        return fixtures.register(name, username, false, form -> { });
    }

    private List<String> names(CompanyFilter filter) {
        return directory.search(filter, PageRequest.of(0, 20)).stream().map(CompanyListItem::name).toList();
    }

    private static CompanyFilter filter(String text) {
        return new CompanyFilter(text, null, null, null, null, null, null);
    }
}
