package kr.innocluster.portal.company;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.company.domain.Company;
import kr.innocluster.portal.company.domain.FieldChange;
import kr.innocluster.portal.company.domain.Membership;
import kr.innocluster.portal.company.domain.MembershipRepository;
import kr.innocluster.portal.security.PortalUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Every way a membership begins or ends goes through here, inside the caller's transaction, so the history and the
 * role events ({@link CompanyAccessGranted}, {@link CompanyAccessEnded}) never miss a case.
 */
@Component
class CompanyMemberships {

    private final MembershipRepository memberships;
    private final CompanyHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CompanyMemberships(MembershipRepository memberships, CompanyHistory history, ApplicationEventPublisher events,
                       Clock clock) {
        this.memberships = memberships;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A person joins; in a company whose members hold the role (verified or suspended) they get the company role.
     * {@code actor} is who is recorded in the history.
     */
    Membership join(Company company, String subject, String displayName, String email, boolean manager,
                    PortalUser actor) {
        // the subject is the key: saving over an existing membership would silently move the person
        if (memberships.existsById(subject)) {
            throw new RuleException("company.error.alreadyMember");
        }
        Membership membership = new Membership(subject, company.getId(), manager, displayName, email, clock.instant());
        if (company.getStatus().membersHoldTheRole()) {
            grant(membership);
        }
        memberships.saveAndFlush(membership);
        if (!manager) {
            history.record(company.getId(), actor, List.of(new FieldChange("memberJoined", null, displayName)));
        }
        return membership;
    }

    /** The company was verified: each member gets the company role (again after a suspension: idempotent). */
    void companyVerified(long companyId) {
        for (Membership member : memberships.findByCompanyIdOrderByManagerDescJoinedAtAsc(companyId)) {
            grant(member);
        }
    }

    /** The membership ends, and with it (a person has one company) the company role. */
    void end(Membership member, PortalUser actor) {
        memberships.delete(member);
        memberships.flush();
        history.record(member.getCompanyId(), actor,
                List.of(new FieldChange("memberRemoved", member.getDisplayName(), null)));
        events.publishEvent(new CompanyAccessEnded(member.getUserSubject(), member.getCompanyId(),
                member.getDisplayName()));
    }

    private void grant(Membership member) {
        member.accessGranted(clock.instant());
        events.publishEvent(new CompanyAccessGranted(member.getUserSubject(), member.getCompanyId(),
                member.getDisplayName()));
    }

    /** The company a person belongs to (a person belongs to at most one). */
    Optional<Long> companyIdOf(String subject) {
        return memberships.findById(subject).map(Membership::getCompanyId);
    }
}
