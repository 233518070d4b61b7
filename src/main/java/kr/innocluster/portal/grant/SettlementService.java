package kr.innocluster.portal.grant;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
 * Settlement (정산): once the final report is accepted, the official enters the interest earned on the grant money and
 * settles by {@link SettlementCalculation}; expenses not reviewed by then count as accepted. The project closes, or
 * goes into follow-up with one outcome survey for the year before support and one per follow-up year.
 */
@Service
public class SettlementService {

    private final ProjectStore projects;
    private final ActivityStore activity;
    private final GrantAccess access;
    private final GrantSettings settings;
    private final AgreedGrants agreedGrants;
    private final GrantNotices notices;
    private final GrantPdf pdf;
    private final Clock clock;

    SettlementService(ProjectStore projects, ActivityStore activity, GrantAccess access, GrantSettings settings,
                      AgreedGrants agreedGrants, GrantNotices notices, GrantPdf pdf, Clock clock) {
        this.projects = projects;
        this.activity = activity;
        this.access = access;
        this.settings = settings;
        this.agreedGrants = agreedGrants;
        this.notices = notices;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The settlement as it would be with this interest (officials, before settling). */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public Settlement preview(long projectId, long interest) {
        return calculate(access.forOfficial(projectId), interest);
    }

    /** The settled figures (the statement), once the project is settled. */
    @RolesAllowed({Roles.OFFICIAL, Roles.COMPANY})
    @Transactional(readOnly = true)
    public Settlement statement(long projectId) {
        ProjectRow p = settled(access.visible(projectId));
        return calculate(p, p.interest());
    }

    @RolesAllowed({Roles.OFFICIAL, Roles.COMPANY})
    @Transactional(readOnly = true)
    public byte[] statementPdf(long projectId) {
        ProjectRow p = settled(access.visible(projectId));
        return pdf.statement(p, calculate(p, p.interest()));
    }

    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public Settlement settle(long projectId, long interest, String note) {
        ProjectRow p = access.lock(access.forOfficial(projectId));
        if (p.status() != ProjectStatus.ACTIVE) {
            throw new RuleException("grant.error.wrongStatus");
        }
        if (interest < 0) {
            throw RuleException.onField("interest", "grant.validation.amount");
        }
        if (activity.reports(projectId).stream()
                .noneMatch(r -> r.kind() == ReportKind.FINAL && r.status() == ReportStatus.ACCEPTED)) {
            throw new RuleException("grant.error.finalReportFirst");
        }
        Instant now = clock.instant();
        activity.acceptAllPending(projectId, access.actorName(), now);
        Settlement s = calculate(p, interest);
        int years = settings.of(p.programId()).followUpYears();
        LocalDate today = LocalDate.now(clock);
        if (years > 0) {
            activity.addOutcome(projectId, 0, today.plusDays(30));
            for (int year = 1; year <= years; year++) {
                activity.addOutcome(projectId, year, p.periodEnd().plusYears(year));
            }
        }
        projects.settle(projectId, interest, s.recovery(), note == null || note.isBlank() ? null : note.strip(),
                access.actorName(), now, years > 0 ? ProjectStatus.FOLLOW_UP : ProjectStatus.CLOSED);
        agreedGrants.recordDecision(p.applicationId(), AuditAction.SETTLEMENT_CLOSED,
                "paid " + Money.won(s.paid()) + ", entitled " + Money.won(s.entitled()) + ", interest "
                        + Money.won(interest) + ", recovery " + Money.won(s.recovery())
                        + (note == null || note.isBlank() ? "" : ": " + note.strip()));
        notices.send(p, "settled", Money.won(s.recovery()));
        return s;
    }

    private Settlement calculate(ProjectRow p, long interest) {
        return SettlementCalculation.settle(projects.lines(p.id()).stream()
                .map(l -> new SettlementCalculation.LineInput(l.category(), l.grantAmount(), l.ownAmount(),
                        l.spent(), l.disallowed()))
                .toList(), projects.paid(p.id()), interest);
    }

    private static ProjectRow settled(ProjectRow p) {
        if (!p.status().settled()) {
            throw new RuleException("grant.error.notSettled");
        }
        return p;
    }
}
