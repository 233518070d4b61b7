package kr.innocluster.portal.company;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.NotFoundException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.company.domain.ChangeRequest;
import kr.innocluster.portal.company.domain.ChangeRequestRepository;
import kr.innocluster.portal.company.domain.Company;
import kr.innocluster.portal.company.domain.CompanyRepository;
import kr.innocluster.portal.company.domain.FieldChange;
import kr.innocluster.portal.company.domain.VerifiedFacts;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A verified company's changes to what its verification and eligibility depend on: its manager's edit creates the
 * request ({@link CompanyService#update}), an official approves it (the values take effect) or rejects it with a
 * reason the company reads. One request waits per company at a time: a newer one replaces it.
 */
@Service
public class CompanyChangeRequestService {

    private final ChangeRequestRepository requests;
    private final CompanyRepository companies;
    private final CompanyAccess access;
    private final CompanyHistory history;
    private final CurrentUser currentUser;
    private final Clock clock;

    CompanyChangeRequestService(ChangeRequestRepository requests, CompanyRepository companies, CompanyAccess access,
                                CompanyHistory history, CurrentUser currentUser, Clock clock) {
        this.requests = requests;
        this.companies = companies;
        this.access = access;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The request that waits for an official, if any; officials and the company's members. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<CompanyChangeRequest> pending(long companyId) {
        Company company = access.visibleOrThrow(companyId);
        return requests.findByCompanyIdAndStatus(companyId, ChangeRequestStatus.PENDING)
                .map(r -> toRecord(r, company.getName()));
    }

    /** The latest requests, newest first (what was decided and why); officials and the company's members. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CompanyChangeRequest> recent(long companyId) {
        Company company = access.visibleOrThrow(companyId);
        return requests.findTop5ByCompanyIdOrderByRequestedAtDescIdDesc(companyId).stream()
                .map(r -> toRecord(r, company.getName())).toList();
    }

    /** The requests that wait for an official, oldest first (the officials' home shows the first few). */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public List<CompanyChangeRequest> awaiting(int limit) {
        return requests.findByStatusOrderByRequestedAtAscIdAsc(ChangeRequestStatus.PENDING,
                        org.springframework.data.domain.Limit.of(limit)).stream()
                .map(r -> toRecord(r, companies.findById(r.getCompanyId()).map(Company::getName).orElse("")))
                .toList();
    }

    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public long countAwaiting() {
        return requests.countByStatus(ChangeRequestStatus.PENDING);
    }

    /** The values take effect; a business number another company took meanwhile is refused. */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public CompanyDetails approve(long requestId, long version) {
        PortalUser official = currentUser.require();
        ChangeRequest request = open(requestId, version);
        Company company = companies.findById(request.getCompanyId())
                .orElseThrow(() -> new CompanyNotFoundException(request.getCompanyId()));
        VerifiedFacts facts = request.facts();
        if (!facts.businessNumber().equals(company.getBusinessNumber())
                && companies.existsByBusinessNumberAndStatusNot(facts.businessNumber(), CompanyStatus.REJECTED)) {
            throw new RuleException("company.error.businessNumber.taken");
        }
        List<FieldChange> changes = company.applyFacts(facts);
        request.close(ChangeRequestStatus.APPROVED, official.displayName(), null, clock.instant());
        try {
            companies.saveAndFlush(company);
            requests.saveAndFlush(request);
        } catch (DataIntegrityViolationException numberTakenMeanwhile) {
            throw new ConflictException("company.error.businessNumber.taken");
        }
        history.record(company.getId(), official, changes);
        return CompanyMapping.details(company);
    }

    /** Nothing changes; the company's members read the reason. */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public void reject(long requestId, long version, String reason) {
        CompanyRules.text(reason, 1000).ifPresent(key -> {
            throw RuleException.onField("reason", key);
        });
        PortalUser official = currentUser.require();
        ChangeRequest request = open(requestId, version);
        request.close(ChangeRequestStatus.REJECTED, official.displayName(), reason.strip(), clock.instant());
        requests.saveAndFlush(request);
        history.record(request.getCompanyId(), official,
                List.of(new FieldChange("changeRejected", null, reason.strip())));
    }

    /** Called by {@link CompanyService#update} (manager checked there): replaces a request that still waits. */
    void request(Company company, VerifiedFacts facts, PortalUser user) {
        requests.findByCompanyIdAndStatus(company.getId(), ChangeRequestStatus.PENDING).ifPresent(older -> {
            older.close(ChangeRequestStatus.WITHDRAWN, user.displayName(), null, clock.instant());
            requests.saveAndFlush(older);
        });
        requests.saveAndFlush(new ChangeRequest(company.getId(), user.subject(), user.displayName(), clock.instant(),
                facts));
    }

    private ChangeRequest open(long requestId, long version) {
        ChangeRequest request = requests.findById(requestId)
                .orElseThrow(() -> new NotFoundException("company.error.notFound"));
        if (request.getVersion() != version || request.getStatus() != ChangeRequestStatus.PENDING) {
            throw new ConflictException("company.error.concurrent");
        }
        return request;
    }

    private static CompanyChangeRequest toRecord(ChangeRequest r, String companyName) {
        VerifiedFacts f = r.facts();
        return new CompanyChangeRequest(r.getId(), r.getCompanyId(), companyName, r.getRequestedByName(),
                r.getRequestedAt(),
                f.businessNumber(), f.region(), f.ksicCode(), f.sizeClass(), f.foundedOn(), f.annualRevenue(),
                r.getStatus(), r.getDecidedByName(), r.getDecidedAt(), r.getReason(), r.getVersion());
    }
}
