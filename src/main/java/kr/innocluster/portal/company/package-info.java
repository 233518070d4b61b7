/**
 * Applicant companies: registration, verification by officials, members and the change history. The root package is
 * the public API ({@link kr.innocluster.portal.company.CompanyService} and its records); {@code domain} and {@code ui}
 * are internal. Other features add blocks to the company page through {@link CompanyPageSection} beans.
 */
package kr.innocluster.portal.company;
