package kr.innocluster.portal.program;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.program.domain.GrantApplicationRepository;
import kr.innocluster.portal.program.domain.Program;
import kr.innocluster.portal.program.domain.ProgramAuditRepository;
import kr.innocluster.portal.program.domain.ProgramRepository;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Announcing programs (officials) and browsing the open ones (everyone, with eligibility for company users). */
@Service
public class ProgramService {

    private final ProgramRepository programs;
    private final GrantApplicationRepository applications;
    private final ProgramAuditRepository audits;
    private final ProgramMapper mapper;
    private final AuditTrail audit;
    private final ApplicantCompanies companies;
    private final CurrentUser currentUser;
    private final DisplayZone zone;
    private final Clock clock;

    ProgramService(ProgramRepository programs, GrantApplicationRepository applications, ProgramAuditRepository audits,
                   ProgramMapper mapper, AuditTrail audit, ApplicantCompanies companies, CurrentUser currentUser,
                   DisplayZone zone, Clock clock) {
        this.programs = programs;
        this.applications = applications;
        this.audits = audits;
        this.mapper = mapper;
        this.audit = audit;
        this.companies = companies;
        this.currentUser = currentUser;
        this.zone = zone;
        this.clock = clock;
    }

    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public Page<ProgramSummary> allPrograms(Pageable pageable) {
        return programs.findAll(pageable).map(mapper::summary);
    }

    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public long create(ProgramDraft draft) {
        requireValid(draft);
        Program program = new Program(clock.instant());
        apply(program, draft);
        programs.save(program);
        audit.record(program.getId(), null, AuditAction.PROGRAM_CREATED, program.getTitle());
        return program.getId();
    }

    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public ProgramDraft draftOf(long programId) {
        return mapper.draft(find(programId));
    }

    /** Drafts change freely; once companies applied, changes that would hurt them are refused. */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public void update(long programId, ProgramDraft draft) {
        requireValid(draft);
        Program program = find(programId);
        if (program.getVersion() != draft.getVersion()) {
            throw new ConflictException("program.error.concurrent");
        }
        if (program.getStatus() == ProgramStatus.COMPLETED) {
            throw new RuleException("program.error.completed");
        }
        if (program.getStatus() == ProgramStatus.PUBLISHED && hasApplications(programId)) {
            Map<String, String> hurts = ProgramDraftRules.changesHurtingApplicants(program, draft,
                    toInstant(draft.getOpensAt()), toInstant(draft.getClosesAt()), mapper.rubric(program));
            if (!hurts.isEmpty()) {
                throw RuleException.invalid(ProgramRefusals.INVALID, hurts);
            }
        }
        if (draft.getTotalBudget() < program.getApprovedTotal()) {
            throw RuleException.onField("totalBudget", "program.validation.budgetBelowApproved");
        }
        apply(program, draft);
        audit.record(programId, null, AuditAction.PROGRAM_UPDATED, program.getTitle());
    }

    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public void publish(long programId) {
        Program program = find(programId);
        if (program.getStatus() != ProgramStatus.DRAFT) {
            throw new RuleException("program.error.notDraft");
        }
        program.publish(clock.instant());
        audit.record(programId, null, AuditAction.PROGRAM_PUBLISHED, null);
    }

    /** Closes a program out after its selections and agreements (결과 확정). */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public void complete(long programId, String note) {
        Program program = find(programId);
        if (program.getStatus() != ProgramStatus.PUBLISHED || program.acceptsApplicationsAt(clock.instant())) {
            throw new RuleException("program.error.cannotComplete");
        }
        program.complete();
        audit.record(programId, null, AuditAction.PROGRAM_COMPLETED, note);
    }

    /** Any program, drafts included, for officials. */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public ProgramDetails details(long programId) {
        return mapper.details(find(programId));
    }

    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public Page<AuditRecord> auditTrail(long programId, Pageable pageable) {
        return audits.findByProgramId(programId, pageable).map(e -> {
            AuditAction action = AuditAction.valueOf(e.getAction());
            boolean reasons = action == AuditAction.APPLICATION_SUBMITTED && e.getDetail() != null;
            return new AuditRecord(e.getOccurredAt(), e.getActorName(), action, e.getApplicationId(),
                    reasons ? null : e.getDetail(),
                    reasons ? ApplicationMapper.decodeReasons(e.getDetail()) : List.of());
        });
    }

    /** Programs taking applications now; anonymous visitors too. Company users also get their eligibility. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<OpenProgram> openPrograms(Pageable pageable) {
        Optional<EligibilityProfile> profile = myProfile();
        LocalDate today = LocalDate.now(clock);
        return programs.findOpen(ProgramStatus.PUBLISHED, clock.instant(), pageable).stream()
                .map(p -> new OpenProgram(mapper.summary(p),
                        profile.map(company -> p.eligibilityRules().check(company, today))))
                .toList();
    }

    /** Published (and completed) programs are public, also to anonymous visitors; a draft looks like a missing one. */
    @PermitAll
    @Transactional(readOnly = true)
    public ProgramDetails publishedProgram(long programId) {
        Program program = programs.findById(programId).filter(p -> p.getStatus() != ProgramStatus.DRAFT)
                .orElseThrow(ProgramRefusals::notFound);
        return mapper.details(program);
    }

    /**
     * The signed-in company user's eligibility for a program; empty for anyone without a company (anonymous visitors
     * of the announcement included).
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Eligibility> myEligibility(long programId) {
        Program program = programs.findById(programId).filter(p -> p.getStatus() != ProgramStatus.DRAFT)
                .orElseThrow(ProgramRefusals::notFound);
        return myProfile().map(profile -> program.eligibilityRules().check(profile, LocalDate.now(clock)));
    }

    private Optional<EligibilityProfile> myProfile() {
        boolean companyUser = currentUser.get().map(u -> u.hasRole(Roles.COMPANY)).orElse(false);
        return companyUser ? companies.companyOfCurrentUser().map(ApplicantCompany::profile) : Optional.empty();
    }

    private boolean hasApplications(long programId) {
        return applications.existsByProgramIdAndStatusNotIn(programId,
                EnumSet.of(ApplicationStatus.DRAFT, ApplicationStatus.WITHDRAWN));
    }

    private Program find(long programId) {
        return programs.findById(programId).orElseThrow(ProgramRefusals::notFound);
    }

    private void requireValid(ProgramDraft draft) {
        Map<String, String> errors = ProgramDraftRules.validate(draft);
        if (!errors.isEmpty()) {
            throw RuleException.invalid(ProgramRefusals.INVALID, errors);
        }
    }

    private void apply(Program program, ProgramDraft d) {
        program.describe(d.getTitle().strip(), d.getHostOrganisation().strip(), d.getCategory(), d.getDescription());
        program.budget(d.getTotalBudget(), d.getMaxGrant());
        program.window(toInstant(d.getOpensAt()), toInstant(d.getClosesAt()));
        program.review(d.isBlindReview(), d.getPassThreshold());
        program.documents(List.copyOf(EnumSet.copyOf(d.getFileTypes())), d.getMaxFileMb(),
                ProgramMapper.requiredDocumentsOf(d));
        program.rules(ProgramMapper.rulesOf(d));
        if (!mapper.rubric(program).equals(d.getRubric())) {
            program.replaceRubric(d.getRubric().stream().map(r -> r.name().strip()).toList(),
                    d.getRubric().stream().map(RubricLine::weight).toList());
        }
    }

    private Instant toInstant(java.time.LocalDateTime local) {
        return local.atZone(zone.zoneId()).toInstant();
    }
}
