package kr.innocluster.portal.company;

/**
 * Published (inside the deciding transaction) when a person should hold the {@code company} role because they belong
 * to a verified company: they joined a verified (or suspended) company, or the company they belong to was verified
 * (once per member, also when a suspended company is verified again; granting is idempotent).
 * {@code displayName} is how the company knows the person, for the role history.
 */
public record CompanyAccessGranted(String subject, long companyId, String displayName) {
}
