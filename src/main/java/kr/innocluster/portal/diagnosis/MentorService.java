package kr.innocluster.portal.diagnosis;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kr.innocluster.portal.base.NotFoundException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.company.CompanyService;
import kr.innocluster.portal.company.CompanySummary;
import kr.innocluster.portal.diagnosis.domain.MentorStore;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentors and which company each follows. A person holding the mentor role becomes known to the portal the first time
 * they open their home page ({@link #registerMe}); officials then assign them. Reassigning ends the earlier assignment
 * (kept as history) in the same transaction; the database allows one current mentor per company.
 */
@Service
public class MentorService {

    private final MentorStore store;
    private final DiagnosisAccess access;
    private final CompanyService companies;
    private final DiagnosisTexts texts;
    private final Clock clock;

    MentorService(MentorStore store, DiagnosisAccess access, CompanyService companies,
                  DiagnosisTexts texts, Clock clock) {
        this.store = store;
        this.access = access;
        this.companies = companies;
        this.texts = texts;
        this.clock = clock;
    }

    /** The signed-in mentor makes themself known (name and e-mail from their account); idempotent. */
    @RolesAllowed(Roles.MENTOR)
    @Transactional
    public void registerMe() {
        PortalUser user = access.user();
        store.upsertMentor(user.subject(), user.displayName(), user.email(), clock.instant());
    }

    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public List<MentorInfo> mentors() {
        return store.mentors().stream().map(m -> new MentorInfo(m.subject(), m.displayName(), m.email())).toList();
    }

    /**
     * Assigns a mentor to a company; a current mentor is replaced (their assignment ends with {@code reason}, kept in
     * the history). The mentor gets a notice.
     */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public MentorAssignment assign(long companyId, String mentorSubject, String reason) {
        PortalUser official = access.user();
        CompanySummary company = companies.findVisible(companyId)
                .orElseThrow(() -> new NotFoundException("diagnosis.error.notFound"));
        store.mentor(mentorSubject).orElseThrow(() -> RuleException.onField("mentor", "diagnosis.error.mentorUnknown"));
        if (store.current(companyId).filter(a -> a.mentorSubject().equals(mentorSubject)).isPresent()) {
            throw RuleException.onField("mentor", "diagnosis.error.alreadyAssigned");
        }
        store.endCurrent(companyId, reason == null || reason.isBlank() ? null : reason.strip(), clock.instant());
        try {
            store.assign(companyId, company.name(), mentorSubject, official.displayName(), clock.instant());
        } catch (DuplicateKeyException concurrentAssignment) {
            throw new kr.innocluster.portal.base.ConflictException("diagnosis.error.assignConflict");
        }
        texts.notify(mentorSubject, "diagnosis.notice.assigned", "mentoring/" + companyId, company.name());
        return current(companyId).orElseThrow();
    }

    /** The company's current mentor, for the company itself, its mentor and officials. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<MentorAssignment> current(long companyId) {
        access.requireView(companyId);
        return store.current(companyId).map(MentorService::assignment);
    }

    /** Every mentor the company had, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MentorAssignment> history(long companyId) {
        access.requireView(companyId);
        return store.history(companyId).stream().map(MentorService::assignment).toList();
    }

    /** The companies currently assigned to the signed-in mentor. */
    @RolesAllowed(Roles.MENTOR)
    @Transactional(readOnly = true)
    public List<MentorAssignment> myCompanies() {
        return store.currentOfMentor(access.user().subject()).stream().map(MentorService::assignment).toList();
    }

    /** Every current assignment, for officials. */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public List<MentorAssignment> allCurrent() {
        return store.allCurrent().stream().map(MentorService::assignment).toList();
    }

    /**
     * Whether the signed-in person may follow this company's diagnoses, mentoring and roadmap (official, its current
     * mentor, or its own member): other features ask before showing or changing such records.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayFollow(long companyId) {
        return access.mayView(companyId);
    }

    /** Whether the signed-in person is an official or the company's current mentor (may record visits, roadmaps). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayMentor(long companyId) {
        return access.mayConfirm(companyId);
    }

    private static MentorAssignment assignment(MentorStore.AssignmentRow a) {
        return new MentorAssignment(a.id(), a.companyId(), a.companyName(), a.mentorSubject(), a.mentorName(),
                a.assignedBy(), a.assignedAt(), a.endedAt(), a.endReason());
    }
}
