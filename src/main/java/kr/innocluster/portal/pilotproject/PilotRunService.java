package kr.innocluster.portal.pilotproject;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.base.storage.FileStorage;
import kr.innocluster.portal.base.storage.UploadedFile;
import kr.innocluster.portal.pilotfactory.BookingService;
import kr.innocluster.portal.pilotfactory.BookingStatus;
import kr.innocluster.portal.pilotproject.domain.Download;
import kr.innocluster.portal.pilotproject.domain.DownloadRepository;
import kr.innocluster.portal.pilotproject.domain.PilotProject;
import kr.innocluster.portal.pilotproject.domain.ProjectBooking;
import kr.innocluster.portal.pilotproject.domain.ProjectBookingRepository;
import kr.innocluster.portal.pilotproject.domain.Run;
import kr.innocluster.portal.pilotproject.domain.RunFile;
import kr.innocluster.portal.pilotproject.domain.RunFileRepository;
import kr.innocluster.portal.pilotproject.domain.RunRepository;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs of a project: the operator's run log per attached booking, and the run data handed over per run. Downloads
 * follow the data terms in force ({@link ProjectAccess#mayDownload}) and every one is recorded.
 */
@Service
public class PilotRunService {

    private final RunRepository runs;
    private final RunFileRepository files;
    private final DownloadRepository downloads;
    private final ProjectBookingRepository projectBookings;
    private final RunFiles runFiles;
    private final FileStorage storage;
    private final ProjectAccess access;
    private final BookingService bookings;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    PilotRunService(RunRepository runs, RunFileRepository files, DownloadRepository downloads,
                    ProjectBookingRepository projectBookings, RunFiles runFiles, FileStorage storage,
                    ProjectAccess access, BookingService bookings, Clock clock) {
        this.runs = runs;
        this.files = files;
        this.downloads = downloads;
        this.projectBookings = projectBookings;
        this.runFiles = runFiles;
        this.storage = storage;
        this.access = access;
        this.bookings = bookings;
        this.clock = clock;
    }

    /**
     * The operator logs the run of an approved booking attached to the project: actual start and end (not in the
     * future), line conditions, deviations. The first run log starts the project (RUNNING).
     */
    @RolesAllowed({Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional
    public long logRun(long projectId, RunLog log) {
        PilotProject project = access.staffOnly(projectId);
        if (!project.getStatus().open()) {
            throw RuleException.onField("booking", "pp.error.notOpen");
        }
        ProjectBooking attached = projectBookings.findById(log.bookingId())
                .filter(b -> b.getProjectId() == projectId)
                .orElseThrow(() -> RuleException.onField("booking", "pp.error.bookingNotAttached"));
        if (bookings.booking(attached.getBookingId()).status() != BookingStatus.APPROVED) {
            throw RuleException.onField("booking", "pp.error.bookingNotApproved");
        }
        if (log.startedAt() == null || log.endedAt() == null || !log.endedAt().isAfter(log.startedAt())
                || log.endedAt().isAfter(clock.instant())) {
            throw RuleException.onField("endedAt", "pp.error.runTimes");
        }
        if (ProjectRules.blank(log.lineConditions()) || log.lineConditions().strip().length() > 2000) {
            throw RuleException.onField("lineConditions", "pp.error.required");
        }
        if (log.deviations() != null && log.deviations().strip().length() > 2000) {
            throw RuleException.onField("deviations", "pp.error.tooLong");
        }
        if (runs.findByBookingId(log.bookingId()).isPresent()) {
            throw RuleException.onField("booking", "pp.error.runLogged");
        }
        PortalUser user = access.user();
        Run run;
        try {
            run = runs.saveAndFlush(new Run(projectId, attached.getBookingId(), attached.getResourceName(),
                    log.startedAt(), log.endedAt(), log.lineConditions().strip(),
                    ProjectRules.blank(log.deviations()) ? null : log.deviations().strip(), user.displayName(),
                    clock.instant()));
        } catch (DataIntegrityViolationException race) {
            throw ConflictException.onField("booking", "pp.error.runLogged");
        }
        if (project.getStatus() == ProjectStatus.PLANNED) {
            project.moveTo(ProjectStatus.RUNNING);
        }
        return run.getId();
    }

    /** The runs of a project with their files, for its company and staff. */
    @RolesAllowed({Roles.COMPANY, Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional(readOnly = true)
    public List<RunView> runs(long projectId) {
        PilotProject project = access.visible(projectId);
        return runFiles.runViews(project, runs.findByProjectIdOrderByStartedAt(projectId));
    }

    /**
     * Hands over a run data file (CSV, JSON, Parquet or a zip of them, at most {@value RunDataCheck#MAX_MEGABYTES}
     * MB, its content checked against its type), by the operator or the company. Returns its SHA-256.
     */
    @RolesAllowed({Roles.COMPANY, Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional
    public RunFileView upload(long runId, UploadedFile file) {
        Run run = runs.findById(runId).orElseThrow(ProjectAccess::notFound);
        PilotProject project = access.visible(run.getProjectId());
        if (project.withdrawn() && !access.isMine(project)) {
            throw RuleException.onField("file", "pp.error.withdrawn");
        }
        RunFileFormat format = RunDataCheck.check(file);
        RunFiles.Stored stored = runFiles.store(file);
        RunFile saved = files.saveAndFlush(new RunFile(runId, project.getId(), file.safeName("data"), format,
                stored.size(), stored.sha256(), stored.key(), access.user().displayName(), clock.instant()));
        return RunFiles.view(saved, access.mayDownload(project));
    }

    /**
     * Opens a run data file for download and records who downloaded it. The company always may; staff only while
     * the terms allow it (refused, with the reason, otherwise); anyone else is told it does not exist.
     */
    @RolesAllowed({Roles.COMPANY, Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional
    public FileDownload download(long fileId) {
        RunFile file = files.findById(fileId).orElseThrow(ProjectAccess::notFound);
        PilotProject project = access.visible(file.getProjectId());
        if (!access.mayDownload(project)) {
            throw new RuleException("pp.error.termsForbidDownload");
        }
        PortalUser user = access.user();
        downloads.save(new Download(fileId, project.getId(), user.subject(), user.displayName(), roleOf(user),
                clock.instant()));
        return new FileDownload(file.getFileName(), file.getFormat().contentType(), file.getSizeBytes(),
                storage.open(file.getStorageKey()));
    }

    /** Every download of the project's run data, newest first (the last 200). */
    @RolesAllowed({Roles.COMPANY, Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional(readOnly = true)
    public List<DownloadRecord> downloads(long projectId) {
        access.visible(projectId);
        Map<Long, String> names = files.findByProjectIdOrderByUploadedAt(projectId).stream()
                .collect(Collectors.toMap(RunFile::getId, RunFile::getFileName));
        return downloads.findTop200ByProjectIdOrderByDownloadedAtDesc(projectId).stream()
                .map(d -> new DownloadRecord(names.getOrDefault(d.getFileId(), ""), d.getName(), d.getRole(),
                        d.getDownloadedAt())).toList();
    }

    private static String roleOf(PortalUser user) {
        if (user.hasRole(Roles.OFFICIAL)) {
            return Roles.OFFICIAL;
        }
        return user.hasRole(Roles.OPERATOR) ? Roles.OPERATOR : Roles.COMPANY;
    }
}
