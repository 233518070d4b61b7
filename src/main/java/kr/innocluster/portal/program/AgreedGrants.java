package kr.innocluster.portal.program;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import kr.innocluster.portal.program.domain.GrantAgreement;
import kr.innocluster.portal.program.domain.GrantAgreementRepository;
import kr.innocluster.portal.program.domain.GrantApplication;
import kr.innocluster.portal.program.domain.GrantApplicationRepository;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The program's side of the post-award cycle (협약 이후): the agreed grants it hands over, and its audit trail, into which
 * the post-award feature writes every decision. The program feature itself knows nothing of what happens after.
 */
@Service
public class AgreedGrants {

    private static final int MAX_LISTED = 1000;

    private final GrantApplicationRepository applications;
    private final GrantAgreementRepository agreements;
    private final ApplicationAccess access;
    private final AuditTrail audit;
    private final CurrentUser currentUser;

    AgreedGrants(GrantApplicationRepository applications, GrantAgreementRepository agreements,
                 ApplicationAccess access, AuditTrail audit, CurrentUser currentUser) {
        this.applications = applications;
        this.agreements = agreements;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** Every agreed grant, newest decision first. */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public List<AgreedGrant> agreedGrants() {
        return applications.findByStatuses(Set.of(ApplicationStatus.AGREED),
                        PageRequest.of(0, MAX_LISTED, Sort.by(Sort.Direction.DESC, "decidedAt"))).stream()
                .flatMap(a -> agreements.findByApplicationId(a.getId()).map(g -> of(a, g)).stream())
                .toList();
    }

    /** One agreed grant, for officials and its own company; anyone else, or a grant not agreed, gets not-found. */
    @RolesAllowed({Roles.OFFICIAL, Roles.COMPANY})
    @Transactional(readOnly = true)
    public AgreedGrant agreedGrant(long applicationId) {
        GrantApplication application = mine(applicationId);
        if (application.getStatus() != ApplicationStatus.AGREED) {
            throw ProgramRefusals.notFound();
        }
        return agreements.findByApplicationId(applicationId).map(g -> of(application, g))
                .orElseThrow(ProgramRefusals::notFound);
    }

    /** Writes a post-award decision into the program's audit trail (who and when are taken from the caller). */
    @RolesAllowed({Roles.OFFICIAL, Roles.COMPANY})
    @Transactional
    public void recordDecision(long applicationId, AuditAction action, String detail) {
        if (!AuditAction.POST_AWARD.contains(action)) {
            throw new IllegalArgumentException("not a post-award action: " + action);
        }
        GrantApplication application = mine(applicationId);
        audit.record(application.getProgram().getId(), applicationId, action, detail);
    }

    private GrantApplication mine(long applicationId) {
        return currentUser.require().hasRole(Roles.OFFICIAL)
                ? access.forOfficial(applicationId) : access.ownedByMyCompany(applicationId);
    }

    private static AgreedGrant of(GrantApplication a, GrantAgreement g) {
        return new AgreedGrant(a.getId(), a.getProgram().getId(), a.getProgram().getTitle(), a.getCompanyId(),
                a.getCompanyName(), a.getProjectTitle(), a.getSummary(), a.getApplicantSubject(),
                a.getApplicantName(), a.getApplicantEmail(),
                new AgreementTerms(g.getPeriodStart(), g.getPeriodEnd(), g.getGovernmentGrant(),
                        g.getCompanyContribution(),
                        g.getLines().stream().map(l -> new BudgetLine(l.getItem(), l.getAmount())).toList()),
                g.getConfirmedAt());
    }
}
