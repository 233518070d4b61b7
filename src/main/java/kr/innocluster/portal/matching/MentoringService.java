package kr.innocluster.portal.matching;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.NotFoundException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.company.CompanySummary;
import kr.innocluster.portal.diagnosis.MentorService;
import kr.innocluster.portal.matching.domain.MentoringStore;
import kr.innocluster.portal.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentoring of one company: visits, roadmap and milestones (its current mentor and officials write; the company reads),
 * and the company's requests for another mentor or another solution, which officials decide.
 */
@Service
public class MentoringService {

    private final MentoringStore store;
    private final MentorService mentors;
    private final MatchingAccess access;
    private final Clock clock;

    MentoringService(MentoringStore store, MentorService mentors, MatchingAccess access, Clock clock) {
        this.store = store;
        this.mentors = mentors;
        this.access = access;
        this.clock = clock;
    }

    /** The company's roadmap, visits and change requests: the company itself, its mentor, officials. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Roadmap roadmap(long companyId) {
        if (!mentors.mayFollow(companyId)) {
            throw new NotFoundException("matching.error.notFound");
        }
        var roadmap = store.roadmap(companyId);
        return new Roadmap(companyId, roadmap.map(MentoringStore.RoadmapRow::currentLevel).orElse(null),
                roadmap.map(MentoringStore.RoadmapRow::targetLevel).orElse(null),
                roadmap.map(MentoringStore.RoadmapRow::updatedBy).orElse(null),
                roadmap.map(MentoringStore.RoadmapRow::updatedAt).orElse(null),
                store.milestones(companyId).stream().map(m -> new Roadmap.Milestone(m.id(), m.title(), m.dueOn(),
                        m.solutionId(), m.solutionName(), m.programId(), m.programTitle(), m.done(), m.removed()))
                        .toList(),
                store.visits(companyId).stream().map(v -> new Roadmap.Visit(v.visitedOn(), v.mentorName(), v.notes()))
                        .toList(),
                store.changes(companyId).stream().map(MentoringService::change).toList());
    }

    @RolesAllowed({Roles.MENTOR, Roles.OFFICIAL})
    @Transactional
    public void recordVisit(long companyId, LocalDate visitedOn, String notes) {
        requireMentor(companyId);
        if (visitedOn == null) {
            throw RuleException.onField("visitedOn", "matching.error.required");
        }
        String text = notes == null ? "" : notes.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw RuleException.onField("notes", text.isEmpty() ? "matching.error.required" : "matching.error.tooLong");
        }
        store.addVisit(companyId, access.user().subject(), access.user().displayName(), visitedOn, text,
                clock.instant());
    }

    @RolesAllowed({Roles.MENTOR, Roles.OFFICIAL})
    @Transactional
    public void saveRoadmap(long companyId, int currentLevel, int targetLevel) {
        requireMentor(companyId);
        if (currentLevel < 1 || currentLevel > 5) {
            throw RuleException.onField("currentLevel", "matching.error.level");
        }
        if (targetLevel < currentLevel || targetLevel > 5) {
            throw RuleException.onField("targetLevel", "matching.error.targetLevel");
        }
        store.saveRoadmap(companyId, currentLevel, targetLevel, access.user().displayName(), clock.instant());
    }

    /** A milestone, optionally naming a catalogue solution and a support program. */
    @RolesAllowed({Roles.MENTOR, Roles.OFFICIAL})
    @Transactional
    public long addMilestone(long companyId, String title, LocalDate dueOn, Long solutionId, Long programId) {
        requireMentor(companyId);
        String text = title == null ? "" : title.strip();
        if (text.isEmpty() || text.length() > 300) {
            throw RuleException.onField("title", text.isEmpty() ? "matching.error.required" : "matching.error.tooLong");
        }
        return store.addMilestone(companyId, text, dueOn, solutionId, programId, access.user().displayName(),
                clock.instant());
    }

    @RolesAllowed({Roles.MENTOR, Roles.OFFICIAL})
    @Transactional
    public void setMilestoneDone(long milestoneId, boolean done) {
        long companyId = store.milestoneCompany(milestoneId)
                .orElseThrow(() -> new NotFoundException("matching.error.notFound"));
        requireMentor(companyId);
        store.setMilestoneDone(milestoneId, done);
    }

    /** The company asks for another mentor, or another solution for a milestone; an official decides. */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public long requestChange(Roadmap.ChangeKind kind, Long milestoneId, String reason) {
        CompanySummary company = access.myVerifiedCompany();
        if (milestoneId != null && store.milestoneCompany(milestoneId).filter(id -> id == company.id()).isEmpty()) {
            throw new NotFoundException("matching.error.notFound");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw RuleException.onField("reason", text.isEmpty() ? "matching.error.required" : "matching.error.tooLong");
        }
        return store.addChange(company.id(), company.name(), kind.name(), milestoneId, text,
                access.user().displayName(), clock.instant());
    }

    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public List<Roadmap.ChangeRequest> openChangeRequests() {
        return store.openChanges().stream().map(MentoringService::change).toList();
    }

    /**
     * An official grants or refuses a change request. Granting "another solution" marks the milestone removed (it
     * stays in the history) so the mentor adds the replacement; granting "another mentor" is followed by assigning one
     * on the mentor-assignment screen.
     */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public void decideChange(long requestId, boolean grant, String note) {
        MentoringStore.ChangeRow row = store.change(requestId)
                .orElseThrow(() -> new NotFoundException("matching.error.notFound"));
        if (!store.decideChange(requestId, grant ? "GRANTED" : "REFUSED", access.user().displayName(),
                note == null || note.isBlank() ? null : note.strip(), clock.instant())) {
            throw new ConflictException("matching.error.stateChanged");
        }
        if (grant && row.milestoneId() != null && row.kind().equals(Roadmap.ChangeKind.SOLUTION.name())) {
            store.removeMilestone(row.milestoneId());
        }
    }

    private void requireMentor(long companyId) {
        if (!mentors.mayMentor(companyId)) {
            throw new NotFoundException("matching.error.notFound");
        }
    }

    private static Roadmap.ChangeRequest change(MentoringStore.ChangeRow c) {
        return new Roadmap.ChangeRequest(c.id(), c.companyId(), c.companyName(), Roadmap.ChangeKind.valueOf(c.kind()),
                c.milestoneId(), c.reason(), Roadmap.ChangeStatus.valueOf(c.status()), c.requestedAt(), c.decidedBy(),
                c.decisionNote());
    }
}
