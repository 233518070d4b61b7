package kr.innocluster.portal.company;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.company.domain.ChangeRecordRepository;
import kr.innocluster.portal.company.domain.Company;
import kr.innocluster.portal.company.domain.CompanyRepository;
import kr.innocluster.portal.company.domain.FieldChange;
import kr.innocluster.portal.company.domain.Membership;
import kr.innocluster.portal.company.domain.MembershipRepository;
import kr.innocluster.portal.company.domain.VerifiedFacts;
import kr.innocluster.portal.securitylog.PersonalDataUse;
import kr.innocluster.portal.securitylog.SecurityLog;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's profile: registration by anyone with a verified e-mail, edits by its members or officials, and the reads
 * other features build on. Every method that takes a company id refuses foreign companies like missing ones; who may
 * see which company is decided in one place, {@link CompanyAccess}.
 */
@Service
public class CompanyService {

    private final CompanyRepository companies;
    private final MembershipRepository memberships;
    private final ChangeRecordRepository changes;
    private final CompanyAccess access;
    private final CompanyMemberships membershipChanges;
    private final CompanyHistory history;
    private final CompanyChangeRequestService changeRequests;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecurityLog securityLog;

    CompanyService(CompanyRepository companies, MembershipRepository memberships, ChangeRecordRepository changes,
                   CompanyAccess access, CompanyMemberships membershipChanges, CompanyHistory history,
                   CompanyChangeRequestService changeRequests, CurrentUser currentUser, Clock clock,
                   SecurityLog securityLog) {
        this.changeRequests = changeRequests;
        this.companies = companies;
        this.memberships = memberships;
        this.changes = changes;
        this.access = access;
        this.membershipChanges = membershipChanges;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
        this.securityLog = securityLog;
    }

    /**
     * The company of the signed-in person when they hold the company role (what other features act for); see
     * {@link CompanyOnboardingService#myState()} for everyone's state.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<CompanySummary> myCompany() {
        return myCompanyEntity().map(CompanyMapping::summary);
    }

    /** For applications and bookings: the user's company, which must be verified. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CompanySummary requireVerifiedCompanyOfCurrentUser() {
        Company company = myCompanyEntity()
                .orElseThrow(() -> new CompanyNotVerifiedException("company.error.noCompany"));
        if (company.getStatus() != CompanyStatus.VERIFIED) {
            throw new CompanyNotVerifiedException("company.error.notVerified." + company.getStatus().name());
        }
        return CompanyMapping.summary(company);
    }

    /**
     * Whether a user belongs to a company, for conflict-of-interest checks (a reviewer must not score their own
     * company). Any signed-in caller may ask: the answer is a yes/no about a relation, never company data, and the
     * callers (e.g. reviewer assignment) run as users who cannot read the company itself.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isMember(String userSubject, long companyId) {
        return memberships.existsByUserSubjectAndCompanyId(userSubject, companyId);
    }

    /** Officials see any company, members their own (see CompanyAccess); everyone else (and unknown ids) gets empty. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<CompanySummary> findVisible(long id) {
        return access.visible(id).map(CompanyMapping::summary);
    }

    /** Officials and the company's members (see {@link CompanyAccess}); anyone else is refused like a missing id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CompanyDetails details(long id) {
        CompanyDetails details = CompanyMapping.details(access.visibleOrThrow(id));
        if (currentUser.get().filter(user -> user.hasRole(Roles.OFFICIAL)).isPresent()) {
            // staff opening a company's page (CEO, contact person) is logged; members reading their own company are not
            securityLog.personalDataViewed(PersonalDataUse.DETAIL, "company.details", String.valueOf(id), 1);
        }
        return details;
    }

    /** Whether the signed-in user manages this company (may invite and remove members). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isManagedByCurrentUser(long id) {
        return access.membershipOfCurrentUser().filter(m -> m.getCompanyId() == id).map(Membership::isManager)
                .orElse(false);
    }

    /**
     * Anyone signed in with a verified e-mail and no company registers one and becomes its manager; no company role is
     * needed to start. The company waits for verification, which brings the role ({@link CompanyAccessGranted}).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CompanyDetails register(CompanyForm form) {
        PortalUser user = currentUser.require();
        access.requireNewcomerWithVerifiedEmail(user);
        requireValid(form, true);
        String number = BusinessNumber.normalize(form.getBusinessNumber());
        // a rejected registration keeps its number in the history but does not block it (see V61)
        if (companies.existsByBusinessNumberAndStatusNot(number, CompanyStatus.REJECTED)) {
            throw RuleException.onField("businessNumber", "company.error.businessNumber.taken");
        }
        Company company;
        try {
            company = companies.saveAndFlush(new Company(number, form, user.subject(), clock.instant()));
        } catch (DataIntegrityViolationException raceWithAnotherRegistration) {
            throw ConflictException.onField("businessNumber", "company.error.businessNumber.taken");
        }
        membershipChanges.join(company, user.subject(), user.displayName(), user.email(), true, user);
        history.record(company.getId(), user, List.of(new FieldChange("registered", null, company.getName())));
        return CompanyMapping.details(company);
    }

    /**
     * Saves an edited profile that started from {@code version}; a change by someone else in between is refused
     * rather than overwritten. Only the company's manager (or an official) edits. A rejected company that corrects
     * its profile goes back to the verification queue. A verified (or suspended) company's change to its verified
     * facts (business number, region, industry, size, founding date, revenue) does not take effect: it becomes a
     * request an official approves or rejects ({@link CompanyChangeRequestService#pending(long)}); the other fields
     * save at once.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CompanyDetails update(long id, long version, CompanyForm form) {
        PortalUser user = currentUser.require();
        Company company = access.visibleOrThrow(id);
        boolean official = user.hasRole(Roles.OFFICIAL);
        if (!official) {
            access.managerOf(id);
        }
        if (company.getVersion() != version) {
            throw new ConflictException("company.error.concurrent");
        }
        requireValid(form, true);
        VerifiedFacts facts = VerifiedFacts.of(company.getBusinessNumber(), form);
        List<FieldChange> changed = new ArrayList<>();
        if (official || !company.getStatus().membersHoldTheRole()) {
            requireFreeNumber(company, facts.businessNumber());
            changed.addAll(company.applyFacts(facts));
        } else if (!facts.equals(company.facts())) {
            changeRequests.request(company, facts, user);
            changed.add(new FieldChange("changeRequested", null, user.displayName()));
        }
        changed.addAll(company.updateOpenFields(form));
        if (!changed.isEmpty() && company.getStatus() == CompanyStatus.REJECTED && !official) {
            changed.add(company.decide(CompanyStatus.PENDING, null, user.displayName(), clock.instant()));
        }
        try {
            companies.saveAndFlush(company);
        } catch (DataIntegrityViolationException numberTakenMeanwhile) {
            throw ConflictException.onField("businessNumber", "company.error.businessNumber.taken");
        }
        history.record(id, user, changed);
        return CompanyMapping.details(company);
    }

    /** The change history, newest first; members and officials only. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CompanyChange> history(long id) {
        access.visibleOrThrow(id);
        return changes.findTop200ByCompanyIdOrderByChangedAtDescIdDesc(id).stream().map(CompanyMapping::change)
                .toList();
    }

    /** Another company that is not rejected holds the number: refused next to the field. */
    private void requireFreeNumber(Company company, String number) {
        if (!number.equals(company.getBusinessNumber())
                && companies.existsByBusinessNumberAndStatusNot(number, CompanyStatus.REJECTED)) {
            throw RuleException.onField("businessNumber", "company.error.businessNumber.taken");
        }
    }

    private Optional<Company> myCompanyEntity() {
        PortalUser user = currentUser.require();
        if (!user.hasRole(Roles.COMPANY)) {
            return Optional.empty();
        }
        return memberships.findById(user.subject()).flatMap(m -> companies.findById(m.getCompanyId()));
    }

    private void requireValid(CompanyForm form, boolean withBusinessNumber) {
        Map<String, String> errors = CompanyRules.validate(form, LocalDate.now(clock), withBusinessNumber);
        if (!errors.isEmpty()) {
            throw RuleException.invalid("company.form.invalid", errors);
        }
    }
}
