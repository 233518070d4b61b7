package kr.innocluster.portal.program;

/** A company as the program feature needs it: who applies, and the profile eligibility is checked against. */
record ApplicantCompany(long id, String name, boolean verified, EligibilityProfile profile) {
}
