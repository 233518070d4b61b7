package kr.innocluster.portal.program;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The one place the program feature asks the company registry about companies: the signed-in user's company,
 * membership (for conflicts of interest) and lookups for demo data.
 */
@Component
class ApplicantCompanies {

    /** The company the signed-in user belongs to, verified or not. */
    Optional<ApplicantCompany> companyOfCurrentUser() {
        return Optional.empty();
    }

    /** The signed-in user's company, refused unless the officials have verified it. */
    ApplicantCompany requireVerifiedCompanyOfCurrentUser() {
        return companyOfCurrentUser().filter(ApplicantCompany::verified)
                .orElseThrow(() -> new ProgramException("program.error.companyNotVerified"));
    }

    /** Whether the user (Keycloak subject) is a member of the company: a reviewer who is may not review it. */
    boolean isMember(String userSubject, long companyId) {
        return false;
    }

    /** A company by id, for officials. */
    Optional<ApplicantCompany> find(long companyId) {
        return Optional.empty();
    }

    /** The company a given demo user belongs to, for demo data. */
    Optional<ApplicantCompany> companyOfUser(String userSubject) {
        return Optional.empty();
    }
}
