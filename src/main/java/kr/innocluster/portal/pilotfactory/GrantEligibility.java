package kr.innocluster.portal.pilotfactory;

/**
 * Whether a company holds an approved program (grant) application; resources flagged "requires an approved
 * application" are bookable only then. {@link ProgramGrantEligibility} answers from the programs feature.
 */
public interface GrantEligibility {

    boolean hasApprovedApplication(long companyId);
}
