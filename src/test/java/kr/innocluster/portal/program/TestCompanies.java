package kr.innocluster.portal.program;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import kr.innocluster.portal.company.BusinessNumber;
import kr.innocluster.portal.company.CompanyDetails;
import kr.innocluster.portal.company.CompanyDirectoryService;
import kr.innocluster.portal.company.CompanyForm;
import kr.innocluster.portal.company.CompanyService;
import kr.innocluster.portal.company.Region;
import kr.innocluster.portal.company.SizeClass;
import kr.innocluster.portal.security.TestUsers;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Real companies in the registry for program tests: registered by their user through {@link CompanyService} and,
 * when asked, verified by the official. Business numbers are fresh and valid.
 */
@TestComponent
class TestCompanies {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private final CompanyService companies;
    private final CompanyDirectoryService directory;
    private final Map<String, ApplicantCompany> byUser = new ConcurrentHashMap<>();

    TestCompanies(CompanyService companies, CompanyDirectoryService directory) {
        this.companies = companies;
        this.directory = directory;
    }

    /** A company registered by {@code username} (who becomes its member), verified when asked. */
    ApplicantCompany register(String name, boolean verified, EligibilityProfile profile, String username) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            TestUsers.signIn(username, "company");
            CompanyDetails details = companies.register(form(name, profile));
            if (verified) {
                TestUsers.signIn("official", "official");
                directory.verify(details.id(), details.version());
            }
            ApplicantCompany company = new ApplicantCompany(details.id(), name, verified, profile);
            byUser.put(TestUsers.subjectOf(username), company);
            return company;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    Optional<ApplicantCompany> companyOfUser(String subject) {
        return Optional.ofNullable(byUser.get(subject));
    }

    static EligibilityProfile daeguManufacturer() {
        return new EligibilityProfile("대구", "소기업", "C29271", 3, LocalDate.of(2015, 3, 2), "VERIFIED");
    }

    private static CompanyForm form(String name, EligibilityProfile profile) {
        CompanyForm form = new CompanyForm();
        form.setBusinessNumber(BusinessNumber.format(BusinessNumber.complete(
                String.format("9%02d%06d", 86, NEXT.incrementAndGet() % 1_000_000))));
        form.setName(name);
        form.setCeoName("홍길동");
        form.setAddress("대구광역시 북구 호국로 807");
        form.setRegion(Region.valueOf(key(ApplicantCompanies.REGIONS, profile.region())));
        form.setKsicCode(profile.ksicCode());
        form.setSizeClass(SizeClass.valueOf(key(ApplicantCompanies.SIZE_CLASSES, profile.sizeClass())));
        form.setFoundedOn(profile.foundedOn());
        form.setEmployees(12);
        form.setAnnualRevenue(1_500_000_000L);
        form.setSmartFactoryLevel(profile.smartFactoryLevel());
        form.setDemand(true);
        form.setContactName("김담당");
        form.setContactPhone("010-1234-5678");
        form.setContactEmail("contact@example.kr");
        return form;
    }

    private static String key(Map<String, String> labels, String label) {
        return labels.entrySet().stream().filter(e -> e.getValue().equals(label)).map(Map.Entry::getKey).findFirst()
                .orElseThrow();
    }
}
