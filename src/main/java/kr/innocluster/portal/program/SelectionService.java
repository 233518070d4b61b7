package kr.innocluster.portal.program;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.program.domain.GrantApplication;
import kr.innocluster.portal.program.domain.GrantApplicationRepository;
import kr.innocluster.portal.program.domain.Program;
import kr.innocluster.portal.program.domain.ProgramRepository;
import kr.innocluster.portal.program.domain.ReviewAssignment;
import kr.innocluster.portal.program.domain.ReviewAssignmentRepository;
import kr.innocluster.portal.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranking and selection (선정). A grant draws from the program's budget with one conditional update in the
 * database, so the approved total never passes the budget, however many officials approve at the same moment.
 */
@Service
public class SelectionService {

    private static final EnumSet<ApplicationStatus> RANKED = EnumSet.of(ApplicationStatus.UNDER_REVIEW,
            ApplicationStatus.SELECTED, ApplicationStatus.REJECTED, ApplicationStatus.AGREED);
    private static final EnumSet<ApplicationStatus> REJECTABLE = EnumSet.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.INCOMPLETE, ApplicationStatus.ACCEPTED, ApplicationStatus.UNDER_REVIEW);

    private final GrantApplicationRepository applications;
    private final ProgramRepository programs;
    private final ReviewAssignmentRepository assignments;
    private final ApplicationAccess access;
    private final ApplicationMapper mapper;
    private final DecisionNotices notices;
    private final AuditTrail audit;
    private final Clock clock;

    SelectionService(GrantApplicationRepository applications, ProgramRepository programs,
                     ReviewAssignmentRepository assignments, ApplicationAccess access, ApplicationMapper mapper,
                     DecisionNotices notices, AuditTrail audit, Clock clock) {
        this.applications = applications;
        this.programs = programs;
        this.assignments = assignments;
        this.access = access;
        this.mapper = mapper;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** Applications under review or decided, best average weighted score first, with every reviewer's scores. */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public List<RankedApplication> ranking(long programId) {
        Program program = programs.findById(programId).orElseThrow(ProgramRefusals::notFound);
        List<GrantApplication> ranked = applications.findByProgramAndStatuses(programId, RANKED);
        List<ReviewAssignment> all = ranked.isEmpty() ? List.of()
                : assignments.findWithScores(ranked.stream().map(GrantApplication::getId).toList());
        List<RankedApplication> rows = new ArrayList<>();
        for (GrantApplication a : ranked) {
            List<ReviewerScore> reviews = ReviewScores.of(all, a.getId(), program.getRubric());
            Double average = average(reviews);
            rows.add(new RankedApplication(0, mapper.summary(a, true), average,
                    average != null && average >= program.getPassThreshold(), reviews));
        }
        rows.sort(Comparator.comparing((RankedApplication r) -> r.averageScore() == null ? -1 : r.averageScore())
                .reversed());
        List<RankedApplication> numbered = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RankedApplication r = rows.get(i);
            numbered.add(new RankedApplication(i + 1, r.application(), r.averageScore(), r.passed(), r.reviews()));
        }
        return numbered;
    }

    /**
     * Selects an application with a grant (≤ the program's maximum per company). Needs at least one submitted
     * review with an average at or above the pass threshold. Throws a {@link ConflictException} (with
     * what is left of the budget) when the budget cannot cover it; then nothing changes.
     */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public void select(long applicationId, long amount, String note) {
        GrantApplication application = access.forOfficial(applicationId);
        Program program = application.getProgram();
        if (application.getStatus() != ApplicationStatus.UNDER_REVIEW) {
            throw new RuleException("program.error.wrongStatus");
        }
        if (amount <= 0 || amount > program.getMaxGrant()) {
            throw RuleException.onField("amount", "program.validation.grantAmount");
        }
        Double average = average(ReviewScores.of(assignments.findWithScores(List.of(applicationId)), applicationId,
                program.getRubric()));
        if (average == null) {
            throw new RuleException("program.error.noReviews");
        }
        if (average < program.getPassThreshold()) {
            throw new RuleException("program.error.belowThreshold", average, program.getPassThreshold());
        }
        application.decide(ApplicationStatus.SELECTED, amount, note, clock.instant());
        // The application row first (its version stops a double selection), then the program's budget row.
        applications.flush();
        if (programs.reserveBudget(program.getId(), amount) == 0) {
            throw new ConflictException("program.error.budgetExceeded", programs.remainingBudget(program.getId()));
        }
        audit.record(program.getId(), applicationId, AuditAction.APPLICATION_SELECTED,
                Money.won(amount) + (note == null || note.isBlank() ? "" : " / " + note));
        notices.selected(application);
    }

    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public void reject(long applicationId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw RuleException.onField("reason", "program.validation.reason");
        }
        GrantApplication application = access.forOfficial(applicationId);
        if (!REJECTABLE.contains(application.getStatus())) {
            throw new RuleException("program.error.wrongStatus");
        }
        application.decide(ApplicationStatus.REJECTED, null, reason.strip(), clock.instant());
        audit.record(application.getProgram().getId(), applicationId, AuditAction.APPLICATION_REJECTED,
                reason.strip());
        notices.rejected(application);
    }

    /** What is left of the program's budget, read from the database. */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public long remainingBudget(long programId) {
        programs.findById(programId).orElseThrow(ProgramRefusals::notFound);
        return programs.remainingBudget(programId);
    }

    private static Double average(List<ReviewerScore> reviews) {
        List<ReviewerScore> submitted = reviews.stream().filter(ReviewerScore::submitted).toList();
        if (submitted.isEmpty()) {
            return null;
        }
        double mean = submitted.stream().mapToDouble(ReviewerScore::weightedTotal).average().orElse(0);
        return Math.round(mean * 10) / 10.0;
    }
}
