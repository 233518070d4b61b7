package kr.innocluster.portal.grant;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.grant.domain.ActivityStore;
import kr.innocluster.portal.grant.domain.ProjectRow;
import kr.innocluster.portal.grant.domain.ProjectStore;
import kr.innocluster.portal.program.AgreedGrants;
import kr.innocluster.portal.program.AuditAction;
import kr.innocluster.portal.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreement changes (협약변경): money moved between lines up to the program's limit (percent of the line it leaves) is a
 * notice, applied at once and acknowledged by the official; more than that, or a later end date, is a request the
 * official approves or rejects with a reason. Each applied change is a new version of the agreement; no change may
 * cut a line below what is already spent on it (checked in the same statement that moves the money).
 */
@Service
public class ChangeService {

    private final ProjectStore projects;
    private final ActivityStore activity;
    private final GrantAccess access;
    private final GrantSettings settings;
    private final AgreedGrants agreedGrants;
    private final GrantNotices notices;
    private final Clock clock;

    ChangeService(ProjectStore projects, ActivityStore activity, GrantAccess access, GrantSettings settings,
                  AgreedGrants agreedGrants, GrantNotices notices, Clock clock) {
        this.projects = projects;
        this.activity = activity;
        this.access = access;
        this.settings = settings;
        this.agreedGrants = agreedGrants;
        this.notices = notices;
        this.clock = clock;
    }

    /** Proposes a change; returns whether it became a notice (already applied) or a request (pending). */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public ChangeKind propose(long projectId, ChangeForm form) {
        ProjectRow p = access.lock(access.forCompany(projectId));
        if (p.status() != ProjectStatus.ACTIVE) {
            throw new RuleException("grant.error.wrongStatus");
        }
        if (form.reason() == null || form.reason().isBlank()) {
            throw RuleException.onField("reason", "grant.validation.reason");
        }
        boolean moves = form.grantAmount() > 0 || form.ownAmount() > 0;
        boolean extends_ = form.newPeriodEnd() != null;
        if (!moves && !extends_) {
            throw RuleException.onField("grantAmount", "grant.validation.changeEmpty");
        }
        if (form.grantAmount() < 0 || form.ownAmount() < 0) {
            throw RuleException.onField("grantAmount", "grant.validation.amount");
        }
        if (extends_ && !form.newPeriodEnd().isAfter(p.periodEnd())) {
            throw RuleException.onField("newPeriodEnd", "grant.validation.extension");
        }
        List<BudgetLineView> lines = projects.lines(projectId);
        BudgetLineView from = null;
        if (moves) {
            from = lines.stream().filter(l -> form.fromLineId() != null && l.id() == form.fromLineId()).findFirst()
                    .orElseThrow(() -> RuleException.onField("fromLine", "grant.validation.line"));
            if (form.toLineId() == null || form.toLineId().equals(form.fromLineId())
                    || lines.stream().noneMatch(l -> l.id() == form.toLineId())) {
                throw RuleException.onField("toLine", "grant.validation.line");
            }
            checkRoom(from, form.grantAmount(), form.ownAmount());
        }
        long moved = form.grantAmount() + form.ownAmount();
        boolean notice = !extends_ && from != null
                && moved * 100 <= (long) settings.of(p.programId()).changeLimitPercent() * from.budget();
        Instant now = clock.instant();
        long id = activity.insertChange(projectId, notice ? ChangeKind.NOTICE : ChangeKind.REQUEST,
                notice ? ChangeStatus.NOTIFIED : ChangeStatus.PENDING, moves ? form.fromLineId() : null,
                moves ? form.toLineId() : null, form.grantAmount(), form.ownAmount(), form.newPeriodEnd(),
                form.reason().strip(), access.actorName(), now);
        if (notice) {
            apply(p, activity.change(id).orElseThrow(), form.reason().strip(), now);
        }
        agreedGrants.recordDecision(p.applicationId(), notice ? AuditAction.CHANGE_NOTIFIED
                : AuditAction.CHANGE_REQUESTED, "#" + id + ": " + form.reason().strip());
        return notice ? ChangeKind.NOTICE : ChangeKind.REQUEST;
    }

    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public void acknowledge(long changeId) {
        ActivityStore.ChangeRow c = activity.change(changeId).orElseThrow(GrantAccess::notFound);
        ProjectRow p = access.forOfficial(c.projectId());
        if (!activity.decideChange(changeId, ChangeStatus.NOTIFIED, ChangeStatus.ACKNOWLEDGED, null,
                access.actorName(), clock.instant())) {
            throw new ConflictException("grant.error.changeDecided");
        }
        agreedGrants.recordDecision(p.applicationId(), AuditAction.CHANGE_ACKNOWLEDGED, "#" + changeId);
    }

    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public void approve(long changeId, String reason) {
        ActivityStore.ChangeRow c = activity.change(changeId).orElseThrow(GrantAccess::notFound);
        ProjectRow p = access.lock(access.forOfficial(c.projectId()));
        if (p.status() != ProjectStatus.ACTIVE) {
            throw new RuleException("grant.error.wrongStatus");
        }
        Instant now = clock.instant();
        if (!activity.decideChange(changeId, ChangeStatus.PENDING, ChangeStatus.APPROVED, blank(reason),
                access.actorName(), now)) {
            throw new ConflictException("grant.error.changeDecided");
        }
        apply(p, c, reason, now);
        agreedGrants.recordDecision(p.applicationId(), AuditAction.CHANGE_APPROVED,
                "#" + changeId + (blank(reason) == null ? "" : ": " + reason.strip()));
        notices.send(p, "changeApproved", blank(reason) == null ? "" : reason.strip());
    }

    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public void reject(long changeId, String reason) {
        ActivityStore.ChangeRow c = activity.change(changeId).orElseThrow(GrantAccess::notFound);
        ProjectRow p = access.forOfficial(c.projectId());
        if (blank(reason) == null) {
            throw RuleException.onField("reason", "grant.validation.reason");
        }
        if (!activity.decideChange(changeId, ChangeStatus.PENDING, ChangeStatus.REJECTED, reason.strip(),
                access.actorName(), clock.instant())) {
            throw new ConflictException("grant.error.changeDecided");
        }
        agreedGrants.recordDecision(p.applicationId(), AuditAction.CHANGE_REJECTED, "#" + changeId + ": "
                + reason.strip());
        notices.send(p, "changeRejected", reason.strip());
    }

    @RolesAllowed({Roles.OFFICIAL, Roles.COMPANY})
    @Transactional(readOnly = true)
    public List<ChangeView> changes(long projectId) {
        return activity.changes(access.visible(projectId).id());
    }

    private void apply(ProjectRow p, ActivityStore.ChangeRow c, String note, Instant now) {
        if (c.fromLine() != null && !projects.move(p.id(), c.fromLine(), c.toLine(), c.grant(), c.own())) {
            BudgetLineView from = projects.lines(p.id()).stream().filter(l -> l.id() == c.fromLine()).findFirst()
                    .orElseThrow(GrantAccess::notFound);
            checkRoom(from, c.grant(), c.own());
            throw new ConflictException("grant.error.belowSpent", from.category(), Money.won(from.spent()));
        }
        if (c.newEnd() != null) {
            projects.periodEnd(p.id(), c.newEnd());
            activity.moveFinalReport(p.id(), c.newEnd().plusDays(GrantProjectService.FINAL_REPORT_DAYS));
        }
        int version = projects.nextVersion(p.id());
        projects.saveVersion(p.id(), version, c.newEnd() == null ? p.periodEnd() : c.newEnd(), note,
                access.actorName(), now);
    }

    /** What may leave a line: its grant and own parts, and never below what is already spent on it. */
    private static void checkRoom(BudgetLineView from, long grant, long own) {
        if (grant > from.grantAmount() || own > from.ownAmount()) {
            throw RuleException.onField("grantAmount", "grant.validation.moveTooMuch", from.category(),
                    Money.won(from.grantAmount()), Money.won(from.ownAmount()));
        }
        if (from.budget() - grant - own < from.spent()) {
            throw new ConflictException("grant.error.belowSpent", from.category(), Money.won(from.spent()));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
