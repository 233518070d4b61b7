/**
 * Applicant companies: registration, verification by officials, members and the change history. The root package is
 * the public API (the services and their records); {@code domain} and {@code ui} are internal. Other features add
 * blocks to the company page through {@link kr.innocluster.portal.company.CompanyPageSection} beans.
 *
 * <h2>Getting into a company</h2>
 * Anyone signed in with a <em>verified</em> e-mail and no company may {@linkplain
 * kr.innocluster.portal.company.CompanyService#register register} one (they become its manager; no {@code company}
 * role needed) or {@linkplain kr.innocluster.portal.company.CompanyOnboardingService#requestToJoin ask to join} a
 * registered one by business number (its manager approves or declines in {@link
 * kr.innocluster.portal.company.CompanyMemberService}). A manager {@linkplain
 * kr.innocluster.portal.company.CompanyInvitationService#invite invites} a colleague by a mailed link with a single-use
 * token (only its SHA-256 hash is stored; valid for {@code portal.company.invitation-validity}, default 7 days,
 * revocable); it is accepted only on the invitation screen by the signed-in person whose verified e-mail is the invited
 * address. A person belongs to one company at most.
 *
 * <h2>Who may see a company</h2>
 * Officials see every company. Members of a verified or suspended company need the {@code company} role as well;
 * members of a company never verified (pending or rejected) see and correct it without the role. A member of a
 * verified company without the role sees "access withdrawn" ({@link kr.innocluster.portal.company.MyCompanyState}) and
 * no company data; for {@code portal.company.role-arrival-grace} (default 10 minutes) after the portal asked for their
 * role they see "being set up" instead. Other features act only for holders of the role
 * ({@link kr.innocluster.portal.company.CompanyService#myCompany}).
 *
 * <h2>Events (published inside the deciding transaction)</h2>
 * <ul>
 * <li>{@link kr.innocluster.portal.company.CompanyAccessGranted}{@code (subject, companyId)}: the person should hold
 * the {@code company} role. Fired when someone joins a verified (or suspended) company, by an approved join request or
 * an accepted invitation, and, once per member, when an official verifies a company (also again after a suspension;
 * granting is idempotent). Registering does not fire it: the company is pending.</li>
 * <li>{@link kr.innocluster.portal.company.CompanyAccessEnded}{@code (subject, companyId)}: the person's (only, so
 * last) membership ended because the manager removed them; the role should go.</li>
 * <li>Rejection and suspension fire neither. A rejected company was never verified, so its members never got the role
 * from it. A suspended company's members keep the role: the status already refuses applications and bookings, and they
 * still read the suspension reason and their past applications.</li>
 * <li>{@link kr.innocluster.portal.company.CompanyStatusChanged} on every verification decision (for notices).</li>
 * </ul>
 */
package kr.innocluster.portal.company;
