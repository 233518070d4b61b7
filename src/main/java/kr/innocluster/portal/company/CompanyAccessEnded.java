package kr.innocluster.portal.company;

/**
 * Published (inside the deciding transaction) when a person's last company membership ended, so they should no longer
 * hold the {@code company} role. A person belongs to at most one company, so every removal is the last one.
 */
public record CompanyAccessEnded(String subject, long companyId) {
}
