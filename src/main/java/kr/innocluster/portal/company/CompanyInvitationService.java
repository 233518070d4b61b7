package kr.innocluster.portal.company;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kr.innocluster.portal.base.LanguagePreference;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.base.i18n.PortalI18NProvider;
import kr.innocluster.portal.company.domain.Company;
import kr.innocluster.portal.company.domain.CompanyRepository;
import kr.innocluster.portal.company.domain.FieldChange;
import kr.innocluster.portal.company.domain.Invitation;
import kr.innocluster.portal.company.domain.InvitationRepository;
import kr.innocluster.portal.company.domain.JoinRequestRepository;
import kr.innocluster.portal.company.domain.MembershipRepository;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: a company's manager invites a colleague by e-mail; the mail carries a link with a single-use token
 * that expires ({@code portal.company.invitation-validity}, 7 days). Only a signed-in person whose <em>verified</em>
 * e-mail equals the invited address joins, and only by accepting on the invitation screen.
 */
@Service
public class CompanyInvitationService {

    private final InvitationRepository invitations;
    private final MembershipRepository memberships;
    private final CompanyRepository companies;
    private final JoinRequestRepository joinRequests;
    private final CompanyAccess access;
    private final CompanyMemberships membershipChanges;
    private final CompanyHistory history;
    private final CompanyMails mails;
    private final LanguagePreference languages;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Duration validity;
    private final int invitationsPerDay;

    CompanyInvitationService(InvitationRepository invitations, MembershipRepository memberships,
                             CompanyRepository companies, JoinRequestRepository joinRequests, CompanyAccess access,
                             CompanyMemberships membershipChanges, CompanyHistory history, CompanyMails mails,
                             LanguagePreference languages, CurrentUser currentUser, Clock clock,
                             @Value("${portal.company.invitation-validity:P7D}") Duration validity,
                             @Value("${portal.company.invitations-per-day:20}") int invitationsPerDay) {
        this.invitationsPerDay = invitationsPerDay;
        this.invitations = invitations;
        this.memberships = memberships;
        this.companies = companies;
        this.joinRequests = joinRequests;
        this.access = access;
        this.membershipChanges = membershipChanges;
        this.history = history;
        this.mails = mails;
        this.languages = languages;
        this.currentUser = currentUser;
        this.clock = clock;
        this.validity = validity;
    }

    /** The open invitations of a company (expired ones flagged), for its members and officials. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CompanyInvitation> invitations(long companyId) {
        access.visibleOrThrow(companyId);
        Instant now = clock.instant();
        return invitations.findByCompanyIdAndStatusOrderByInvitedAtDesc(companyId, InvitationStatus.OPEN).stream()
                .map(i -> new CompanyInvitation(i.getId(), i.getEmail(), i.getInvitedBy(), i.getInvitedAt(),
                        i.getExpiresAt(), i.statusAt(now) == InvitationStatus.EXPIRED))
                .toList();
    }

    /**
     * The manager invites a colleague; the link goes out by mail after commit. At most
     * {@code portal.company.invitations-per-day} invitations per company in any 24 hours.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CompanyInvitation invite(long companyId, String email) {
        access.managerOf(companyId);
        CompanyRules.email(email).ifPresent(key -> {
            throw RuleException.onField("email", key);
        });
        String address = email.strip();
        boolean alreadyMember = memberships.findByCompanyIdOrderByManagerDescJoinedAtAsc(companyId).stream()
                .anyMatch(m -> address.equalsIgnoreCase(m.getEmail()));
        if (alreadyMember) {
            throw RuleException.onField("email", "company.error.invite.alreadyMember");
        }
        Instant now = clock.instant();
        // at most so many a day per company, counted in the database (the same limit on every node)
        invitations.lockInvitationsOf(companyId);
        if (invitations.countInvitedSince(companyId, now.minus(Duration.ofDays(1))) >= invitationsPerDay) {
            throw RuleException.onField("email", "company.error.invite.rateLimited", invitationsPerDay);
        }
        Optional<Invitation> open = invitations.findOpen(companyId, address);
        if (open.isPresent() && open.get().statusAt(now) == InvitationStatus.OPEN) {
            throw RuleException.onField("email", "company.error.invite.duplicate");
        }
        open.ifPresent(stale -> {
            stale.expire(now);
            invitations.saveAndFlush(stale);
        });
        PortalUser manager = currentUser.require();
        Company company = access.visibleOrThrow(companyId);
        String token = InvitationTokens.newToken();
        Invitation invitation = invitations.save(new Invitation(companyId, address, InvitationTokens.hash(token),
                manager.displayName(), manager.subject(), now, now.plus(validity)));
        history.record(companyId, manager, List.of(new FieldChange("memberInvited", null, address)));
        Locale language = languages.currentUserLanguage().orElse(PortalI18NProvider.KOREAN);
        mails.invitation(address, token, company.getName(), manager.displayName(), invitation.getExpiresAt(), language);
        return new CompanyInvitation(invitation.getId(), address, invitation.getInvitedBy(), now,
                invitation.getExpiresAt(), false);
    }

    /** The manager takes an open invitation back; its link no longer works. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revokeInvitation(long companyId, long invitationId) {
        access.managerOf(companyId);
        Invitation invitation = invitations.findById(invitationId).filter(i -> i.getCompanyId() == companyId)
                .orElseThrow(() -> new CompanyNotFoundException(companyId));
        if (invitation.getStatus() != InvitationStatus.OPEN) {
            throw new RuleException("company.error.invitation.notOpen");
        }
        invitation.revoke(clock.instant());
        history.record(companyId, currentUser.require(),
                List.of(new FieldChange("invitationCancelled", invitation.getEmail(), null)));
    }

    /** What the link means for the signed-in person; see {@link InvitationPreview}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public InvitationPreview preview(String token) {
        Optional<Invitation> invitation = InvitationTokens.wellFormed(token)
                ? invitations.findByTokenHash(InvitationTokens.hash(token)) : Optional.empty();
        InvitationCheck check = check(invitation, currentUser.require());
        if (check != InvitationCheck.ACCEPTABLE) {
            return InvitationPreview.refused(check);
        }
        Invitation open = invitation.orElseThrow();
        String companyName = companies.findById(open.getCompanyId()).map(Company::getName).orElseThrow();
        return new InvitationPreview(check, companyName, open.getInvitedBy(), open.getEmail(), open.getExpiresAt());
    }

    /**
     * The signed-in person accepts: they join the company and the token is used up. Any refusal ({@link
     * InvitationCheck}) leaves everything as it was. A join request of theirs that still waits is cancelled.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CompanySummary accept(String token) {
        PortalUser user = currentUser.require();
        Optional<Invitation> invitation = InvitationTokens.wellFormed(token)
                ? invitations.lockByTokenHash(InvitationTokens.hash(token)) : Optional.empty();
        InvitationCheck check = check(invitation, user);
        if (check != InvitationCheck.ACCEPTABLE) {
            throw new RuleException(check.messageKey());
        }
        Invitation accepted = invitation.orElseThrow();
        Company company = companies.findById(accepted.getCompanyId()).orElseThrow();
        accepted.accept(user.subject(), clock.instant());
        joinRequests.findByRequesterSubjectAndStatus(user.subject(), JoinRequestStatus.PENDING)
                .ifPresent(request -> request.close(JoinRequestStatus.CANCELLED, null, null, clock.instant()));
        membershipChanges.join(company, user.subject(), user.displayName(), user.email(), false, user);
        return CompanyMapping.summary(company);
    }

    private InvitationCheck check(Optional<Invitation> found, PortalUser user) {
        if (found.isEmpty()) {
            return InvitationCheck.UNKNOWN;
        }
        Invitation invitation = found.get();
        InvitationStatus status = invitation.statusAt(clock.instant());
        if (status != InvitationStatus.OPEN) {
            return switch (status) {
                case ACCEPTED -> InvitationCheck.USED;
                case REVOKED -> InvitationCheck.REVOKED;
                default -> InvitationCheck.EXPIRED;
            };
        }
        if (!user.emailVerified() || user.email() == null) {
            return InvitationCheck.EMAIL_UNVERIFIED;
        }
        if (!user.email().strip().equalsIgnoreCase(invitation.getEmail().strip())) {
            return InvitationCheck.WRONG_PERSON;
        }
        if (memberships.existsById(user.subject())) {
            return InvitationCheck.ALREADY_MEMBER;
        }
        return InvitationCheck.ACCEPTABLE;
    }
}
