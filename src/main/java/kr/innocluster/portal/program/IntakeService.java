package kr.innocluster.portal.program;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.program.domain.GrantApplication;
import kr.innocluster.portal.program.domain.GrantApplicationRepository;
import kr.innocluster.portal.program.domain.ProgramReviewer;
import kr.innocluster.portal.program.domain.ProgramReviewerRepository;
import kr.innocluster.portal.program.domain.ReviewAssignment;
import kr.innocluster.portal.program.domain.ReviewAssignmentRepository;
import kr.innocluster.portal.program.domain.ReviewConflictRepository;
import kr.innocluster.portal.securitylog.PersonalDataUse;
import kr.innocluster.portal.securitylog.SecurityLog;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Officials' intake (접수·요건검토) and reviewer assignment with conflict-of-interest blocking. */
@Service
public class IntakeService {

    private static final EnumSet<ApplicationStatus> NOT_SUBMITTED = EnumSet.of(ApplicationStatus.DRAFT);
    private static final int COMPANY_PAGE_LINES = 100;

    private final GrantApplicationRepository applications;
    private final ProgramReviewerRepository reviewers;
    private final ReviewAssignmentRepository assignments;
    private final ReviewConflictRepository conflicts;
    private final ApplicationAccess access;
    private final ApplicationMapper mapper;
    private final ApplicantCompanies companies;
    private final DecisionNotices notices;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecurityLog securityLog;

    IntakeService(GrantApplicationRepository applications, ProgramReviewerRepository reviewers,
                  ReviewAssignmentRepository assignments, ReviewConflictRepository conflicts,
                  ApplicationAccess access, ApplicationMapper mapper, ApplicantCompanies companies,
                  DecisionNotices notices, AuditTrail audit, CurrentUser currentUser, Clock clock,
                  SecurityLog securityLog) {
        this.applications = applications;
        this.reviewers = reviewers;
        this.assignments = assignments;
        this.conflicts = conflicts;
        this.access = access;
        this.mapper = mapper;
        this.companies = companies;
        this.notices = notices;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.securityLog = securityLog;
    }

    /** Submitted applications of a program (drafts stay the company's own), paged in the database. */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public Page<ApplicationSummary> applications(long programId, Pageable pageable) {
        return applications.findByProgram(programId, NOT_SUBMITTED, pageable).map(a -> mapper.summary(a, true));
    }

    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public ApplicationDetails application(long applicationId) {
        ApplicationDetails details = mapper.details(access.forOfficial(applicationId), true);
        // the applicant's name and contact: an official opening an application is a security-log entry
        securityLog.personalDataViewed(PersonalDataUse.DETAIL, "program.application", String.valueOf(applicationId), 1);
        return details;
    }

    /** Applications waiting for an official: intake or reviewer assignment. */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public Page<ApplicationSummary> awaitingOfficials(Pageable pageable) {
        return applications.findByStatuses(EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.ACCEPTED),
                pageable).map(a -> mapper.summary(a, true));
    }

    /**
     * A company's applications and grants for its company page: officials see the submitted ones of any company,
     * a company user those of their own company only (anyone else gets an empty list).
     */
    @PreAuthorize("hasAnyRole('" + Roles.OFFICIAL + "', '" + Roles.COMPANY + "')")
    @Transactional(readOnly = true)
    public List<ApplicationSummary> applicationsOfCompany(long companyId) {
        boolean official = currentUser.require().hasRole(Roles.OFFICIAL);
        if (!official && companies.companyOfCurrentUser().filter(c -> c.id() == companyId).isEmpty()) {
            return List.of();
        }
        return applications.findByCompany(companyId, PageRequest.of(0, COMPANY_PAGE_LINES,
                        Sort.by(Sort.Direction.DESC, "id"))).stream()
                .filter(a -> !official || a.getStatus() != ApplicationStatus.DRAFT)
                .map(a -> mapper.summary(a, true)).toList();
    }

    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public void accept(long applicationId) {
        GrantApplication application = inStatus(applicationId, EnumSet.of(ApplicationStatus.SUBMITTED));
        application.moveTo(ApplicationStatus.ACCEPTED);
        audit.record(application.getProgram().getId(), applicationId, AuditAction.APPLICATION_ACCEPTED, null);
    }

    /** Sends the application back to the company for correction (보완 요청), with what to correct. */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public void requestCorrection(long applicationId, String note) {
        if (note == null || note.isBlank()) {
            throw RuleException.onField("note", "program.validation.reason");
        }
        GrantApplication application = inStatus(applicationId,
                EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.ACCEPTED));
        application.requestCorrection(note.strip());
        audit.record(application.getProgram().getId(), applicationId, AuditAction.APPLICATION_INCOMPLETE, note.strip());
        notices.correctionRequested(application);
    }

    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public List<ReviewerOption> reviewers() {
        return reviewers.findInPool().stream().sorted(Comparator.comparing(ProgramReviewer::getDisplayName))
                .map(r -> new ReviewerOption(r.getSubject(), r.getDisplayName(), r.getAffiliation(), r.getSections(),
                        r.getKeywords(), ReviewerStatus.valueOf(r.getStatus()))).toList();
    }

    /** Reviewers of an application, by name (officials only: companies never learn who reviews them). */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public List<ReviewerScore> reviewsOf(long applicationId) {
        GrantApplication application = access.forOfficial(applicationId);
        return ReviewScores.of(assignments.findWithScores(List.of(applicationId)), applicationId,
                application.getProgram().getRubric());
    }

    /**
     * Assigns a reviewer of the pool (deactivated reviewers are not). Refused when the reviewer is a member of the
     * applying company, declared a conflict with it, or their affiliation names it; the first assignment starts the
     * review (심사 중).
     */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public void assign(long applicationId, String reviewerSubject) {
        GrantApplication application = inStatus(applicationId,
                EnumSet.of(ApplicationStatus.ACCEPTED, ApplicationStatus.UNDER_REVIEW));
        ProgramReviewer reviewer = reviewers.findById(reviewerSubject).filter(r -> !r.isDeactivated())
                .orElseThrow(ProgramRefusals::notFound);
        if (ReviewerPoolService.sameOrganisation(reviewer.getAffiliation(), application.getCompanyName())) {
            throw new RuleException("program.error.conflictAffiliation", reviewer.getDisplayName(),
                    reviewer.getAffiliation());
        }
        if (conflicts.existsByReviewerSubjectAndCompanyId(reviewerSubject, application.getCompanyId())
                || companies.isMember(reviewerSubject, application.getCompanyId())) {
            throw new RuleException("program.error.conflictOfInterest", reviewer.getDisplayName());
        }
        if (assignments.existsByApplicationIdAndReviewerSubject(applicationId, reviewerSubject)) {
            throw new RuleException("program.error.alreadyAssigned", reviewer.getDisplayName());
        }
        assignments.save(new ReviewAssignment(application, reviewer, clock.instant()));
        long programId = application.getProgram().getId();
        audit.record(programId, applicationId, AuditAction.REVIEWER_ASSIGNED, reviewer.getDisplayName());
        if (application.getStatus() == ApplicationStatus.ACCEPTED) {
            application.moveTo(ApplicationStatus.UNDER_REVIEW);
            audit.record(programId, applicationId, AuditAction.REVIEW_STARTED, null);
        }
    }

    private GrantApplication inStatus(long applicationId, EnumSet<ApplicationStatus> allowed) {
        GrantApplication application = access.forOfficial(applicationId);
        if (!allowed.contains(application.getStatus())) {
            throw new RuleException("program.error.wrongStatus");
        }
        return application;
    }
}
