package kr.innocluster.portal.pilotfactory;

/**
 * Whether a company holds an approved program (grant) application; resources flagged "requires an approved
 * application" are bookable only then. The programs feature provides the real answer: until it exists,
 * {@link NoApprovedApplicationsYet} is the bean, and the programs feature replaces its body with a call to its service.
 */
public interface GrantEligibility {

    boolean hasApprovedApplication(long companyId);
}
