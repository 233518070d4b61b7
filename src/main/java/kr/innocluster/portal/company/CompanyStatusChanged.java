package kr.innocluster.portal.company;

/** Published when an official verifies, rejects or suspends a company (e.g. for a notification mail). */
public record CompanyStatusChanged(long companyId, String companyName, CompanyStatus status, String reason) {
}
