package kr.innocluster.portal.program;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.base.storage.UploadedFile;
import kr.innocluster.portal.program.domain.ApplicationDocument;
import kr.innocluster.portal.program.domain.ApplicationDocumentRepository;
import kr.innocluster.portal.program.domain.GrantApplication;
import kr.innocluster.portal.program.domain.GrantApplicationRepository;
import kr.innocluster.portal.program.domain.Program;
import kr.innocluster.portal.program.domain.ProgramRepository;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A company's side of applying: draft, documents, submission before the deadline, withdrawal, its timeline. */
@Service
public class ApplicationService {

    private final GrantApplicationRepository applications;
    private final ApplicationDocumentRepository documents;
    private final ProgramRepository programs;
    private final ApplicationAccess access;
    private final ApplicationMapper mapper;
    private final ApplicantCompanies companies;
    private final DocumentUploads uploads;
    private final ApplicantLanguage applicantLanguage;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApplicationService(GrantApplicationRepository applications, ApplicationDocumentRepository documents,
                       ProgramRepository programs, ApplicationAccess access, ApplicationMapper mapper,
                       ApplicantCompanies companies, DocumentUploads uploads, ApplicantLanguage applicantLanguage,
                       AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.applications = applications;
        this.documents = documents;
        this.programs = programs;
        this.access = access;
        this.mapper = mapper;
        this.companies = companies;
        this.uploads = uploads;
        this.applicantLanguage = applicantLanguage;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Opens the company's application to a program: the existing one, or a new draft while the window is open. */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public long startApplication(long programId) {
        ApplicantCompany company = companies.companyOfCurrentUser()
                .orElseThrow(() -> new RuleException("program.error.noCompany"));
        Program program = programs.findById(programId).filter(p -> p.getStatus() == ProgramStatus.PUBLISHED)
                .orElseThrow(ProgramRefusals::notFound);
        return applications.findLive(programId, company.id()).map(GrantApplication::getId).orElseGet(() -> {
            if (!program.acceptsApplicationsAt(clock.instant())) {
                throw new RuleException("program.error.windowClosed");
            }
            PortalUser user = currentUser.require();
            GrantApplication application = new GrantApplication(program, company.id(), company.name(),
                    user.subject(), user.displayName(), user.email(), clock.instant());
            application.edit(program.getTitle(), "", program.getMaxGrant());
            applicantLanguage.remember(application);
            try {
                applications.saveAndFlush(application);
            } catch (DataIntegrityViolationException e) {
                throw new RuleException("program.error.alreadyApplied");
            }
            audit.record(programId, application.getId(), AuditAction.APPLICATION_STARTED, null);
            return application.getId();
        });
    }

    @RolesAllowed(Roles.COMPANY)
    @Transactional(readOnly = true)
    public Page<ApplicationSummary> myApplications(Pageable pageable) {
        return companies.companyOfCurrentUser()
                .map(c -> applications.findByCompany(c.id(), pageable).map(a -> mapper.summary(a, true)))
                .orElse(Page.empty(pageable));
    }

    @RolesAllowed(Roles.COMPANY)
    @Transactional(readOnly = true)
    public ApplicationDetails myApplication(long applicationId) {
        return mapper.details(access.ownedByMyCompany(applicationId), true);
    }

    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public void saveDraft(long applicationId, ApplicationDraft draft) {
        GrantApplication application = editable(applicationId);
        edit(application, draft);
        audit.record(application.getProgram().getId(), applicationId, AuditAction.DRAFT_SAVED, null);
    }

    /**
     * Stores an uploaded document after checking its size against the program's limit and its real type (read from
     * its content, never from its name) against the program's formats.
     */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public DocumentInfo upload(long applicationId, String requirement, UploadedFile file) {
        GrantApplication application = editable(applicationId);
        Program program = application.getProgram();
        if (!program.requiredDocumentList().contains(requirement) && !DocumentInfo.OTHER.equals(requirement)) {
            throw new RuleException("program.error.unknownRequirement");
        }
        FileType type = uploads.check(program, file);
        String key = uploads.store(program, file);
        String fileName = file.safeName(DocumentUploads.FALLBACK_NAME);
        ApplicationDocument document = application.attach(requirement, fileName, type.name(), file.size(), key,
                clock.instant());
        applications.flush();
        audit.record(program.getId(), applicationId, AuditAction.DOCUMENT_UPLOADED, requirement + ": " + fileName);
        return ApplicationMapper.document(document);
    }

    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public void removeDocument(long applicationId, long documentId) {
        GrantApplication application = editable(applicationId);
        ApplicationDocument document = application.getDocuments().stream()
                .filter(d -> d.getId() == documentId).findFirst()
                .orElseThrow(ProgramRefusals::notFound);
        application.getDocuments().remove(document);
        uploads.delete(document.getStorageKey());
        audit.record(application.getProgram().getId(), applicationId, AuditAction.DOCUMENT_REMOVED,
                document.getRequirement() + ": " + document.getFileName());
    }

    /**
     * Saves the form and submits in one step, before the deadline (the injected clock decides); only a verified
     * company may submit. A refused submission changes nothing: not even the edits of the form are stored. The
     * eligibility check of this moment is recorded for intake.
     */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public void submit(long applicationId, ApplicationDraft draft) {
        GrantApplication application = editable(applicationId);
        ApplicantCompany company = companies.requireVerifiedCompanyOfCurrentUser();
        Program program = application.getProgram();
        Instant now = clock.instant();
        boolean correction = application.getStatus() == ApplicationStatus.INCOMPLETE;
        if (!correction && !program.acceptsApplicationsAt(now)) {
            throw new RuleException("program.error.deadlinePassed");
        }
        edit(application, draft);
        Set<String> uploaded = application.getDocuments().stream().map(ApplicationDocument::getRequirement)
                .collect(Collectors.toSet());
        if (!uploaded.containsAll(program.requiredDocumentList())) {
            throw new RuleException("program.error.documentsMissing");
        }
        Eligibility eligibility = program.eligibilityRules().check(company.profile(), mapper.today());
        application.submit(now, eligibility.eligible(), ApplicationMapper.encodeReasons(eligibility));
        applicantLanguage.remember(application);
        audit.record(program.getId(), applicationId, AuditAction.APPLICATION_SUBMITTED,
                eligibility.eligible() ? null : ApplicationMapper.encodeReasons(eligibility));
    }

    /** Withdraws while nobody reviews it yet. */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public void withdraw(long applicationId, String reason) {
        GrantApplication application = access.ownedByMyCompany(applicationId);
        if (!application.getStatus().withdrawable()) {
            throw new RuleException("program.error.notWithdrawable");
        }
        application.moveTo(ApplicationStatus.WITHDRAWN);
        audit.record(application.getProgram().getId(), applicationId, AuditAction.APPLICATION_WITHDRAWN, reason);
    }

    /** A document for its own company or an official (reviewers: {@link ReviewService#openDocument}, blind names). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public StoredDocument openDocument(long documentId) {
        ApplicationDocument document = documents.findWithApplication(documentId)
                .orElseThrow(ProgramRefusals::notFound);
        long applicationId = document.getApplication().getId();
        if (currentUser.require().hasRole(Roles.OFFICIAL)) {
            access.forOfficial(applicationId);
        } else {
            // the company's own files under their own names; reviewers open documents only through their review
            // sheet (ReviewService.openDocument), under neutral names (blind review)
            access.ownedByMyCompany(applicationId);
        }
        return uploads.open(document);
    }

    /**
     * Whether the company holds a selected or agreed grant. The pilot factory opens its grant-recipient resources only
     * to such companies; it asks after its own access checks (for whoever is signed in: a company booking, an
     * operator deciding) and learns nothing but yes or no.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean hasApprovedGrant(long companyId) {
        return applications.existsByCompanyIdAndStatusIn(companyId,
                EnumSet.of(ApplicationStatus.SELECTED, ApplicationStatus.AGREED));
    }

    private GrantApplication editable(long applicationId) {
        GrantApplication application = access.ownedByMyCompany(applicationId);
        if (!application.getStatus().editableByCompany()) {
            throw new RuleException("program.error.notEditable");
        }
        return application;
    }

    /** Writes the form's copy back after the same checks as the form (field name → message key). */
    private static void edit(GrantApplication application, ApplicationDraft draft) {
        Map<String, String> errors = validate(draft, application.getProgram());
        if (!errors.isEmpty()) {
            throw RuleException.invalid(ProgramRefusals.INVALID, errors);
        }
        application.edit(draft.getProjectTitle().strip(), draft.getSummary(), draft.getRequestedAmount());
    }

    private static Map<String, String> validate(ApplicationDraft draft, Program program) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (draft.getProjectTitle() == null || draft.getProjectTitle().isBlank()
                || draft.getProjectTitle().length() > 200) {
            errors.put("projectTitle", "program.validation.projectTitle");
        }
        if (draft.getSummary() != null && draft.getSummary().length() > 4000) {
            errors.put("summary", "program.validation.summary");
        }
        if (draft.getRequestedAmount() == null || draft.getRequestedAmount() <= 0) {
            errors.put("requestedAmount", "program.validation.requestedAmount");
        } else if (draft.getRequestedAmount() > program.getMaxGrant()) {
            errors.put("requestedAmount", "program.validation.overMaxGrant");
        }
        return errors;
    }
}
