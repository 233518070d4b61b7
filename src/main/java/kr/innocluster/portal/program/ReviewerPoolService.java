package kr.innocluster.portal.program;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.identity.AccountInvitations;
import kr.innocluster.portal.identity.InvitedAccountCreated;
import kr.innocluster.portal.identity.RoleGrants;
import kr.innocluster.portal.program.domain.ProgramReviewer;
import kr.innocluster.portal.program.domain.ProgramReviewerRepository;
import kr.innocluster.portal.program.domain.ReviewAssignment;
import kr.innocluster.portal.program.domain.ReviewAssignmentRepository;
import kr.innocluster.portal.security.Roles;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewer pool (평가위원): officials invite external reviewers (the Keycloak account with the {@code reviewer}
 * role and the mailed link come from the identity outbox, so an invitation decided while Keycloak is down is applied
 * when it returns) and deactivate them (role revoked, out of the pool, open assignments flagged for the official).
 */
@Service
public class ReviewerPoolService {

    static final List<String> KSIC_SECTIONS = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L",
            "M", "N", "O", "P", "Q", "R", "S", "T", "U");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_NAME = 100;
    private static final int MAX_AFFILIATION = 255;
    private static final int MAX_KEYWORDS = 500;

    private final ProgramReviewerRepository reviewers;
    private final ReviewAssignmentRepository assignments;
    private final AccountInvitations invitations;
    private final RoleGrants roles;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewerPoolService(ProgramReviewerRepository reviewers, ReviewAssignmentRepository assignments,
                        AccountInvitations invitations, RoleGrants roles, AuditTrail audit, Clock clock) {
        this.reviewers = reviewers;
        this.assignments = assignments;
        this.invitations = invitations;
        this.roles = roles;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every KSIC section code an expertise may name (A-U). */
    @RolesAllowed(Roles.OFFICIAL)
    public List<String> sections() {
        return KSIC_SECTIONS;
    }

    /** The pool: invited and active reviewers by name, with expertise and how many reviews they have open. */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public List<PoolReviewer> pool() {
        return reviewers.findInPool().stream().map(r -> new PoolReviewer(r.getSubject(), r.getDisplayName(),
                r.getEmail(), r.getAffiliation(), r.getSections(), r.getKeywords(),
                ReviewerStatus.valueOf(r.getStatus()), r.getInvitedAt(),
                assignments.countByReviewerSubjectAndStatus(r.getSubject(), ReviewAssignment.ASSIGNED))).toList();
    }

    /**
     * Invites a reviewer: they join the pool at once (assignable before they first sign in) and Keycloak mails them
     * the link to verify their e-mail and set a password. Refused when the form is incomplete or the e-mail already
     * belongs to a reviewer of the pool.
     */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public String invite(ReviewerInvitation form) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = trim(form.name());
        String email = trim(form.email()) == null ? null : trim(form.email()).toLowerCase(Locale.ROOT);
        String affiliation = trim(form.affiliation());
        String keywords = trim(form.keywords());
        List<String> sections = form.sections() == null ? List.of()
                : KSIC_SECTIONS.stream().filter(form.sections()::contains).toList();
        if (name == null) {
            errors.put("name", "program.pool.validation.name");
        } else if (name.length() > MAX_NAME) {
            errors.put("name", "program.pool.validation.tooLong");
        }
        if (email == null || !EMAIL.matcher(email).matches() || email.length() > 320) {
            errors.put("email", "program.pool.validation.email");
        } else if (reviewers.findCurrentByEmail(email).isPresent()) {
            errors.put("email", "program.pool.validation.emailTaken");
        }
        if (affiliation == null) {
            errors.put("affiliation", "program.pool.validation.affiliation");
        } else if (affiliation.length() > MAX_AFFILIATION) {
            errors.put("affiliation", "program.pool.validation.tooLong");
        }
        if (sections.isEmpty() && keywords == null) {
            errors.put("sections", "program.pool.validation.expertise");
        }
        if (keywords != null && keywords.length() > MAX_KEYWORDS) {
            errors.put("keywords", "program.pool.validation.tooLong");
        }
        if (form.sections() != null && form.sections().stream().anyMatch(s -> !KSIC_SECTIONS.contains(s))) {
            errors.put("sections", "program.pool.validation.section");
        }
        if (!errors.isEmpty()) {
            throw RuleException.invalid("program.error.validation", errors);
        }
        String subject = invitations.invite(email, name, Roles.REVIEWER, "reviewer invitation: " + affiliation);
        reviewers.save(ProgramReviewer.invited(subject, name, email, affiliation, sections, keywords,
                clock.instant()));
        return subject;
    }

    /**
     * Deactivates a reviewer: the {@code reviewer} role is revoked in Keycloak (through the outbox), they leave the
     * pool, and their open reviews stay, flagged for the official, with a note in each application's history.
     */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public int deactivate(String subject, String reason) {
        if (reason == null || reason.isBlank()) {
            throw RuleException.onField("reason", "program.validation.reason");
        }
        ProgramReviewer reviewer = reviewers.findById(subject).filter(r -> !r.isDeactivated())
                .orElseThrow(ProgramRefusals::notFound);
        reviewer.deactivate(clock.instant());
        roles.revoke(subject, reviewer.getEmail() == null ? subject : reviewer.getEmail(), Roles.REVIEWER,
                reason.strip());
        List<ReviewAssignment> open = assignments.findByReviewerSubjectAndStatus(subject, ReviewAssignment.ASSIGNED);
        for (ReviewAssignment assignment : open) {
            assignment.reviewerWithdrawn(clock.instant());
            audit.record(assignment.getApplication().getProgram().getId(), assignment.getApplication().getId(),
                    AuditAction.REVIEWER_DEACTIVATED, reviewer.getDisplayName() + ": " + reason.strip());
        }
        return open.size();
    }

    /** Keycloak created an invited reviewer's account: the placeholder subject becomes the account's id. */
    @EventListener
    void onAccountCreated(InvitedAccountCreated created) {
        if (reviewers.replaceSubject(created.placeholderId(), created.userId()) > 0) {
            reviewers.replaceConflictSubject(created.placeholderId(), created.userId());
        }
    }

    /**
     * Whether an affiliation names the applying company: compared without spaces, case and legal-form words such as
     * 주식회사 or (주), so "(주)대구정밀" matches "대구정밀 주식회사".
     */
    static boolean sameOrganisation(String affiliation, String companyName) {
        String a = normalise(affiliation);
        String c = normalise(companyName);
        return !a.isEmpty() && a.equals(c);
    }

    private static String normalise(String name) {
        if (name == null) {
            return "";
        }
        return name.toLowerCase(Locale.ROOT)
                .replace("\uC8FC\uC2DD\uD68C\uC0AC", "").replace("(\uC8FC)", "").replace("\u321C", "")
                .replaceAll("\\b(co\\.?,?\\s*ltd\\.?|inc\\.?|corp\\.?|corporation|company)", "")
                .replaceAll("[\\s.,()\\-]", "");
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
