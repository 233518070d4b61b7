package kr.innocluster.portal.grant;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.grant.domain.ActivityStore;
import kr.innocluster.portal.grant.domain.ProjectRow;
import kr.innocluster.portal.grant.domain.ProjectStore;
import kr.innocluster.portal.program.AgreedGrants;
import kr.innocluster.portal.program.AuditAction;
import kr.innocluster.portal.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Follow-up (사후관리): yearly outcome surveys; the project closes when the last one is answered. */
@Service
public class OutcomeService {

    private final ProjectStore projects;
    private final ActivityStore activity;
    private final GrantAccess access;
    private final AgreedGrants agreedGrants;
    private final Clock clock;

    OutcomeService(ProjectStore projects, ActivityStore activity, GrantAccess access, AgreedGrants agreedGrants,
                   Clock clock) {
        this.projects = projects;
        this.activity = activity;
        this.access = access;
        this.agreedGrants = agreedGrants;
        this.clock = clock;
    }

    @RolesAllowed({Roles.OFFICIAL, Roles.COMPANY})
    @Transactional(readOnly = true)
    public List<OutcomeView> outcomes(long projectId) {
        return activity.outcomes(access.visible(projectId).id(), null);
    }

    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public void answer(long outcomeId, OutcomeForm form) {
        OutcomeView survey = activity.outcome(outcomeId).orElseThrow(GrantAccess::notFound);
        ProjectRow p = access.lock(access.forCompany(survey.projectId()));
        if (p.status() != ProjectStatus.FOLLOW_UP) {
            throw new RuleException("grant.error.wrongStatus");
        }
        if (survey.answered()) {
            throw new ConflictException("grant.error.outcomeAnswered");
        }
        if (Stream.of(form.sales(), form.exports(), form.investment()).anyMatch(v -> v == null || v < 0)
                || Stream.of(form.employees(), form.newHires(), form.patents(), form.products())
                        .anyMatch(v -> v == null || v < 0)) {
            throw RuleException.onField("sales", "grant.validation.outcome");
        }
        activity.answerOutcome(outcomeId, form, clock.instant());
        if (activity.openOutcomes(p.id()) == 0) {
            projects.status(p.id(), ProjectStatus.CLOSED);
        }
        agreedGrants.recordDecision(p.applicationId(), AuditAction.OUTCOME_SUBMITTED, "year " + survey.yearNo());
    }
}
