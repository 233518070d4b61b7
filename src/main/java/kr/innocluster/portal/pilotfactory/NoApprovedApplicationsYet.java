package kr.innocluster.portal.pilotfactory;

import org.springframework.stereotype.Component;

/**
 * The portal has no program applications yet (the programs feature is being built), so no company holds an approved
 * one: resources reserved for grant recipients stay closed to requests until the programs feature answers here.
 */
@Component
class NoApprovedApplicationsYet implements GrantEligibility {

    @Override
    public boolean hasApprovedApplication(long companyId) {
        return false;
    }
}
