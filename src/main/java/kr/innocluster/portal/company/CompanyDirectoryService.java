package kr.innocluster.portal.company;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.company.domain.Company;
import kr.innocluster.portal.company.domain.CompanyRepository;
import kr.innocluster.portal.company.domain.CompanySearch;
import kr.innocluster.portal.company.domain.FieldChange;
import kr.innocluster.portal.securitylog.PersonalDataUse;
import kr.innocluster.portal.securitylog.SecurityLog;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The officials' side: the searchable list of every company, its exports and the verification decisions. */
@Service
@RolesAllowed(Roles.OFFICIAL)
public class CompanyDirectoryService {

    private static final int MAX_PAGE_SIZE = 500;

    private final CompanySearch search;
    private final CompanyRepository companies;
    private final CompanyHistory history;
    private final CompanyMemberships memberships;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecurityLog securityLog;

    CompanyDirectoryService(CompanySearch search, CompanyRepository companies, CompanyHistory history,
                            CompanyMemberships memberships, CurrentUser currentUser,
                            ApplicationEventPublisher events, Clock clock, SecurityLog securityLog) {
        this.search = search;
        this.companies = companies;
        this.history = history;
        this.memberships = memberships;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.securityLog = securityLog;
    }

    /**
     * One page of the filtered, sorted list; paging happens in the database. The list shows contact persons (personal
     * data): the first page of each search is one security-log entry, with how many companies matched.
     */
    @Transactional(readOnly = true)
    public List<CompanyListItem> search(CompanyFilter filter, Pageable pageable) {
        int size = Math.min(pageable.getPageSize(), MAX_PAGE_SIZE);
        if (pageable.getOffset() == 0) {
            // the match count for the log comes with the page itself: no second count query per search
            CompanySearch.FirstPage first = search.firstPage(filter, pageable.getSort(), size);
            securityLog.personalDataViewed(PersonalDataUse.SEARCH, "company.directory " + filter, null,
                    (int) Math.min(Integer.MAX_VALUE, first.matched()));
            return first.rows();
        }
        return search.page(filter, pageable.getSort(), pageable.getOffset(), size);
    }

    @Transactional(readOnly = true)
    public long count(CompanyFilter filter) {
        return search.count(filter);
    }

    /** Every company matching the filter, streamed in list order, for the Excel and CSV exports. */
    @Transactional(readOnly = true)
    public void forEachMatching(CompanyFilter filter, Sort sort, Consumer<CompanyListItem> consumer) {
        int[] exported = {0};
        search.forEach(filter, sort, item -> {
            exported[0]++;
            consumer.accept(item);
        });
        securityLog.personalDataViewed(PersonalDataUse.EXPORT, "company.directory " + filter, null, exported[0]);
    }

    /**
     * The company a person (Keycloak subject) belongs to, for staff screens about that person (the administrators'
     * users-and-roles screen); empty when they belong to none.
     */
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Optional<CompanySummary> companyOfPerson(String subject) {
        return memberships.companyIdOf(subject).flatMap(companies::findById).map(CompanyMapping::summary);
    }

    @Transactional(readOnly = true)
    public long countAwaitingVerification() {
        return companies.countByStatus(CompanyStatus.PENDING);
    }

    /** Verifies the company; each member gets the company role ({@link CompanyAccessGranted}). */
    @Transactional
    public CompanyDetails verify(long id, long version) {
        return decide(id, version, CompanyStatus.VERIFIED, null,
                EnumSet.of(CompanyStatus.PENDING, CompanyStatus.REJECTED, CompanyStatus.SUSPENDED));
    }

    /** Refuses a pending company; the reason is shown to its members. */
    @Transactional
    public CompanyDetails reject(long id, long version, String reason) {
        return decide(id, version, CompanyStatus.REJECTED, requireReason(reason), EnumSet.of(CompanyStatus.PENDING));
    }

    /**
     * Stops a verified company from applying and booking; the reason is shown to its members, who keep the company
     * role (and so still read their company's page and past applications).
     */
    @Transactional
    public CompanyDetails suspend(long id, long version, String reason) {
        return decide(id, version, CompanyStatus.SUSPENDED, requireReason(reason), EnumSet.of(CompanyStatus.VERIFIED));
    }

    private CompanyDetails decide(long id, long version, CompanyStatus status, String reason,
                                  Set<CompanyStatus> allowedFrom) {
        PortalUser official = currentUser.require();
        Company company = companies.findById(id).orElseThrow(() -> new CompanyNotFoundException(id));
        if (company.getVersion() != version) {
            throw new ConflictException("company.error.concurrent");
        }
        if (!allowedFrom.contains(company.getStatus())) {
            throw new RuleException("company.error.decision.notAllowed");
        }
        FieldChange change = company.decide(status, reason, official.displayName(), clock.instant());
        try {
            companies.saveAndFlush(company);
        } catch (org.springframework.dao.DataIntegrityViolationException numberRegisteredAgain) {
            // a rejected company's number was registered again since (V61): that registration holds it now
            throw new ConflictException("company.error.businessNumber.taken");
        }
        history.record(id, official, reason == null ? List.of(change)
                : List.of(change, new FieldChange("statusReason", null, reason)));
        if (status == CompanyStatus.VERIFIED) {
            memberships.companyVerified(id);
        }
        events.publishEvent(new CompanyStatusChanged(id, company.getName(), status, reason));
        return CompanyMapping.details(company);
    }

    private static String requireReason(String reason) {
        CompanyRules.text(reason, 1000).ifPresent(key -> {
            throw RuleException.onField("reason", key);
        });
        return reason.strip();
    }
}
