package kr.innocluster.portal.program;

import java.util.Map;
import java.util.Optional;
import kr.innocluster.portal.company.CompanyNotVerifiedException;
import kr.innocluster.portal.company.CompanyService;
import kr.innocluster.portal.company.CompanySummary;
import kr.innocluster.portal.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The one place the program feature asks the company registry ({@link CompanyService}) about companies: the
 * signed-in user's company, membership (for conflicts of interest) and lookups by id. Region and size class come as
 * the registry's enum names and are turned into the Korean names programs' rules use (대구, 소기업 ...).
 */
@Component
class ApplicantCompanies {

    static final Map<String, String> REGIONS = Map.ofEntries(Map.entry("SEOUL", "서울"), Map.entry("BUSAN", "부산"),
            Map.entry("DAEGU", "대구"), Map.entry("INCHEON", "인천"), Map.entry("GWANGJU", "광주"),
            Map.entry("DAEJEON", "대전"), Map.entry("ULSAN", "울산"), Map.entry("SEJONG", "세종"),
            Map.entry("GYEONGGI", "경기"), Map.entry("GANGWON", "강원"), Map.entry("CHUNGBUK", "충북"),
            Map.entry("CHUNGNAM", "충남"), Map.entry("JEONBUK", "전북"), Map.entry("JEONNAM", "전남"),
            Map.entry("GYEONGBUK", "경북"), Map.entry("GYEONGNAM", "경남"), Map.entry("JEJU", "제주"));
    static final Map<String, String> SIZE_CLASSES = Map.of("MICRO", "소상공인", "SMALL", "소기업", "MEDIUM", "중기업",
            "MIDSIZE", "중견기업", "LARGE", "대기업");

    private final CompanyService companies;
    private final CurrentUser currentUser;

    ApplicantCompanies(CompanyService companies, CurrentUser currentUser) {
        this.companies = companies;
        this.currentUser = currentUser;
    }

    /** The company the signed-in user belongs to, verified or not; empty for visitors. */
    Optional<ApplicantCompany> companyOfCurrentUser() {
        if (currentUser.get().isEmpty()) {
            return Optional.empty();
        }
        return companies.myCompany().map(ApplicantCompanies::applicant);
    }

    /** The signed-in user's company, refused (with the registry's reason) unless officials verified it. */
    ApplicantCompany requireVerifiedCompanyOfCurrentUser() {
        try {
            return applicant(companies.requireVerifiedCompanyOfCurrentUser());
        } catch (CompanyNotVerifiedException e) {
            throw new ProgramException("program.error.companyNotVerified");
        }
    }

    /** Whether the user (Keycloak subject) is a member of the company: a reviewer who is may not review it. */
    boolean isMember(String userSubject, long companyId) {
        return companies.isMember(userSubject, companyId);
    }

    /** A company by id, if the caller may see it. */
    Optional<ApplicantCompany> find(long companyId) {
        return companies.findVisible(companyId).map(ApplicantCompanies::applicant);
    }

    /** The company of the signed-in user, for demo data run as that user. */
    Optional<ApplicantCompany> companyOfUser(String userSubject) {
        return currentUser.get().filter(u -> u.subject().equals(userSubject)).flatMap(u -> companyOfCurrentUser());
    }

    static ApplicantCompany applicant(CompanySummary c) {
        return new ApplicantCompany(c.id(), c.name(), c.verified(), new EligibilityProfile(
                REGIONS.getOrDefault(c.region(), c.region()), SIZE_CLASSES.getOrDefault(c.sizeClass(), c.sizeClass()),
                c.ksicCode(), c.smartFactoryLevel(), c.foundedOn(), c.status()));
    }
}
