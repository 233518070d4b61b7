package kr.innocluster.portal.pilotfactory;

import jakarta.annotation.security.RolesAllowed;
import kr.innocluster.portal.program.ApplicationService;
import kr.innocluster.portal.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Whether a company holds an approved program (grant) application, answered by the programs feature: resources
 * flagged "requires an approved application" are bookable only then.
 */
@Component
class GrantEligibility {

    private final ApplicationService applications;

    GrantEligibility(ApplicationService applications) {
        this.applications = applications;
    }

    /** Asked for the signed-in company's own company only, after the calling service's own checks. */
    @RolesAllowed({Roles.COMPANY, Roles.OPERATOR, Roles.OFFICIAL})
    public boolean hasApprovedApplication(long companyId) {
        return applications.hasApprovedGrant(companyId);
    }
}
