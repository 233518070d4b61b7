package kr.innocluster.portal.pilotproject;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.NotFoundException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.company.CompanyNotVerifiedException;
import kr.innocluster.portal.company.CompanyService;
import kr.innocluster.portal.company.CompanySummary;
import kr.innocluster.portal.pilotfactory.BookingService;
import kr.innocluster.portal.pilotfactory.BookingStatus;
import kr.innocluster.portal.pilotfactory.BookingSummary;
import kr.innocluster.portal.pilotproject.domain.PilotProject;
import kr.innocluster.portal.pilotproject.domain.PilotProjectRepository;
import kr.innocluster.portal.pilotproject.domain.ProjectBooking;
import kr.innocluster.portal.pilotproject.domain.ProjectBookingRepository;
import kr.innocluster.portal.pilotproject.domain.Run;
import kr.innocluster.portal.pilotproject.domain.RunRepository;
import kr.innocluster.portal.pilotproject.domain.TermsRecord;
import kr.innocluster.portal.pilotproject.domain.TermsRecordRepository;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pilot projects: a verified company opens one with its data terms, attaches its bookings, narrows or withdraws the
 * terms; officials publish verified cases into the library. Who sees a project is decided by {@link ProjectAccess}.
 */
@Service
public class PilotProjectService {

    private final PilotProjectRepository projects;
    private final TermsRecordRepository terms;
    private final ProjectBookingRepository projectBookings;
    private final RunRepository runs;
    private final RunFiles files;
    private final ProjectAccess access;
    private final CompanyService companies;
    private final BookingService bookings;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    PilotProjectService(PilotProjectRepository projects, TermsRecordRepository terms,
                        ProjectBookingRepository projectBookings, RunRepository runs, RunFiles files,
                        ProjectAccess access, CompanyService companies, BookingService bookings, Clock clock) {
        this.projects = projects;
        this.terms = terms;
        this.projectBookings = projectBookings;
        this.runs = runs;
        this.files = files;
        this.access = access;
        this.companies = companies;
        this.bookings = bookings;
        this.clock = clock;
    }

    /** A verified company's member opens a project, agreeing to the data terms of the current version. */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public long open(ProjectForm form) {
        PortalUser user = access.user();
        CompanySummary company;
        try {
            company = companies.requireVerifiedCompanyOfCurrentUser();
        } catch (CompanyNotVerifiedException e) {
            throw RuleException.onField("company", e.messageKey());
        }
        ProjectRules.check(form);
        PilotProject project = new PilotProject(company.id(), company.name(), form.getTitle().strip(),
                form.getSolution().strip(), form.getObjective().strip(), form.getIndustry(), form.getTags(),
                form.getPlannedRuns(), form.getScope(), form.isPublishVerification(), DataTerms.CURRENT_VERSION,
                user.subject(), clock.instant());
        form.getKpis().forEach(k -> project.addKpi(k.name().strip(), k.unit().strip(), k.comparator(), k.target()));
        projects.saveAndFlush(project);
        terms.save(new TermsRecord(project.getId(), project.getDataScope(), project.isPublishVerification(), false,
                DataTerms.CURRENT_VERSION, user.subject(), user.displayName(), clock.instant()));
        return project.getId();
    }

    /** The company's own projects, or every project for staff; newest first. */
    @RolesAllowed({Roles.COMPANY, Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional(readOnly = true)
    public Page<ProjectSummary> page(Pageable pageable) {
        Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "createdAt"));
        if (ProjectAccess.isStaff(access.user())) {
            return projects.findAll(sorted).map(ProjectMapping::summary);
        }
        return access.myCompany().map(c -> projects.findByCompanyId(c.id(), sorted).map(ProjectMapping::summary))
                .orElse(Page.empty(pageable));
    }

    @RolesAllowed({Roles.COMPANY, Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional(readOnly = true)
    public long count() {
        if (ProjectAccess.isStaff(access.user())) {
            return projects.count();
        }
        return access.myCompany().map(c -> projects.countByCompanyId(c.id())).orElse(0L);
    }

    /** Everything about one project: its company's members and staff; anyone else gets "not found". */
    @RolesAllowed({Roles.COMPANY, Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional(readOnly = true)
    public ProjectDetails details(long projectId) {
        PilotProject p = access.visible(projectId);
        List<ProjectBooking> attached = projectBookings.findByProjectIdOrderByStartsAt(projectId);
        List<Run> logged = runs.findByProjectIdOrderByStartedAt(projectId);
        Set<Long> loggedBookings = logged.stream().map(Run::getBookingId).collect(Collectors.toSet());
        List<AttachedBooking> bookingViews = attached.stream().map(b -> new AttachedBooking(b.getBookingId(),
                b.getResourceName(), b.getStartsAt(), b.getEndsAt(), liveStatus(b.getBookingId()),
                loggedBookings.contains(b.getBookingId()))).toList();
        List<TermsRecord> history = terms.findByProjectIdOrderByChangedAtAscIdAsc(projectId);
        TermsState current = new TermsState(p.getDataScope(), p.isPublishVerification(), p.withdrawn(),
                p.getTermsVersion(), history.isEmpty() ? "" : history.getLast().getChangedByName(),
                p.getTermsAgreedAt());
        return new ProjectDetails(p.getId(), p.getCompanyId(), p.getCompanyName(), p.getTitle(), p.getSolution(),
                p.getObjective(), p.getIndustry(), Set.copyOf(p.getTags()), p.getPlannedRuns(), p.getStatus(),
                current, ProjectMapping.kpis(p), bookingViews, files.runViews(p, logged), p.getCertificateCode(),
                p.getVerifiedByName(), p.getVerifiedAt(), p.getPublishedAt(), p.getCreatedAt(), access.isMine(p),
                ProjectAccess.isStaff(access.user()));
    }

    /** The history of the project's data terms, oldest first (agreement, each narrowing, the withdrawal). */
    @RolesAllowed({Roles.COMPANY, Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional(readOnly = true)
    public List<TermsState> termsHistory(long projectId) {
        access.visible(projectId);
        return terms.findByProjectIdOrderByChangedAtAscIdAsc(projectId).stream().map(ProjectMapping::terms).toList();
    }

    /** The company's live bookings not yet serving a project, to attach; newest first. */
    @RolesAllowed(Roles.COMPANY)
    @Transactional(readOnly = true)
    public List<BookingSummary> attachableBookings(long projectId) {
        access.own(projectId);
        List<BookingSummary> mine = bookings.myBookings(PageRequest.of(0, 100, Sort.by(Sort.Direction.DESC,
                "startsAt"))).getContent();
        Set<Long> taken = projectBookings.findAllById(mine.stream().map(BookingSummary::id).toList()).stream()
                .map(ProjectBooking::getBookingId).collect(Collectors.toSet());
        return mine.stream().filter(b -> b.status().holdsSlot() && !taken.contains(b.id())).toList();
    }

    /**
     * Attaches one of the company's live bookings to its project (asked of the pilot factory as the company user,
     * which answers "not found" for another company's booking). A booking serves one project at most.
     */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public void attachBooking(long projectId, long bookingId) {
        PilotProject project = access.own(projectId);
        if (!project.getStatus().open()) {
            throw RuleException.onField("booking", "pp.error.notOpen");
        }
        BookingSummary booking;
        try {
            booking = bookings.booking(bookingId);
        } catch (NotFoundException e) {
            throw RuleException.onField("booking", "pp.error.bookingNotFound");
        }
        if (booking.companyId() != project.getCompanyId()) {
            throw RuleException.onField("booking", "pp.error.bookingNotFound");
        }
        if (!booking.status().holdsSlot()) {
            throw RuleException.onField("booking", "pp.error.bookingNotLive");
        }
        if (projectBookings.existsById(bookingId)) {
            throw RuleException.onField("booking", "pp.error.bookingTaken");
        }
        try {
            projectBookings.saveAndFlush(new ProjectBooking(bookingId, projectId, booking.resourceName(),
                    booking.startsAt(), booking.endsAt(), clock.instant()));
        } catch (DataIntegrityViolationException race) {
            throw ConflictException.onField("booking", "pp.error.bookingTaken");
        }
    }

    /**
     * The company narrows its terms (a narrower scope, or no longer publishing on the verification page); never
     * widens them. From then on staff downloads follow the new terms, and a published case the library may no
     * longer show goes back to "verified".
     */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public void narrowTerms(long projectId, DataScope scope, boolean publishVerification) {
        PilotProject project = access.own(projectId);
        if (project.withdrawn()) {
            throw RuleException.onField("scope", "pp.error.withdrawn");
        }
        if (scope == null || !scope.narrowerOrEqual(project.getDataScope())
                || publishVerification && !project.isPublishVerification()) {
            throw RuleException.onField("scope", "pp.error.onlyNarrow");
        }
        if (scope == project.getDataScope() && publishVerification == project.isPublishVerification()) {
            throw RuleException.onField("scope", "pp.error.noChange");
        }
        project.changeTerms(scope, publishVerification, DataTerms.CURRENT_VERSION, clock.instant());
        record(project, false);
    }

    /**
     * The company withdraws its terms: staff downloads stop, the case leaves the library, the public page says
     * "withdrawn by the company"; past downloads stay recorded. Final.
     */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public void withdrawTerms(long projectId) {
        PilotProject project = access.own(projectId);
        if (project.withdrawn()) {
            throw RuleException.onField("scope", "pp.error.withdrawn");
        }
        project.withdraw(clock.instant());
        record(project, true);
    }

    /** An official publishes a verified case whose terms allow the anonymised library. */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public void publish(long projectId) {
        PilotProject project = access.staffOnly(projectId);
        if (project.getStatus() != ProjectStatus.VERIFIED) {
            throw RuleException.onField("status", "pp.error.wrongStatus");
        }
        if (!project.getDataScope().library() || project.withdrawn()) {
            throw RuleException.onField("status", "pp.error.termsForbidLibrary");
        }
        project.published(clock.instant());
        flush();
    }

    /** The project a booking serves, if the viewer may see that project (for the booking screens). */
    @RolesAllowed({Roles.COMPANY, Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional(readOnly = true)
    public Optional<ProjectSummary> projectOfBooking(long bookingId) {
        return projectBookings.findById(bookingId).flatMap(b -> {
            try {
                return Optional.of(ProjectMapping.summary(access.visible(b.getProjectId())));
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    /** A company's projects, for its page: officials see any company's, members their own (anyone else: none). */
    @RolesAllowed({Roles.OFFICIAL, Roles.COMPANY})
    @Transactional(readOnly = true)
    public List<ProjectSummary> projectsOfCompany(long companyId) {
        if (!access.user().hasRole(Roles.OFFICIAL)
                && access.myCompany().filter(c -> c.id() == companyId).isEmpty()) {
            return List.of();
        }
        return projects.findByCompanyIdOrderByCreatedAtDesc(companyId).stream().map(ProjectMapping::summary).toList();
    }

    private BookingStatus liveStatus(long bookingId) {
        try {
            return bookings.booking(bookingId).status();
        } catch (NotFoundException e) {
            return null;
        }
    }

    private void record(PilotProject project, boolean withdrawn) {
        PortalUser user = access.user();
        flush();
        terms.save(new TermsRecord(project.getId(), project.getDataScope(), project.isPublishVerification(),
                withdrawn, project.getTermsVersion(), user.subject(), user.displayName(), clock.instant()));
    }

    private void flush() {
        try {
            projects.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw ConflictException.onField("status", "pp.error.stale");
        }
    }
}
