package kr.innocluster.portal.pilotfactory;

import kr.innocluster.portal.program.ApplicationService;
import org.springframework.stereotype.Component;

/** Grant-recipient resources are open to companies with a selected or agreed program application. */
@Component
class ProgramGrantEligibility implements GrantEligibility {

    private final ApplicationService applications;

    ProgramGrantEligibility(ApplicationService applications) {
        this.applications = applications;
    }

    @Override
    public boolean hasApprovedApplication(long companyId) {
        return applications.hasApprovedGrant(companyId);
    }
}
