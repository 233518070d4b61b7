package kr.innocluster.portal.company;

/**
 * Published (inside the deciding transaction) when a person's last company membership ended, so they should no longer
 * hold the {@code company} role. A person belongs to at most one company, so every removal is the last one.
 * {@code displayName} is how the company knows the person, for the role history.
 */
public record CompanyAccessEnded(String subject, long companyId, String displayName) {
}
