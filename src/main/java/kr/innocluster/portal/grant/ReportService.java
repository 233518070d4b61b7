package kr.innocluster.portal.grant;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.base.storage.FileStorage;
import kr.innocluster.portal.base.storage.UploadedFile;
import kr.innocluster.portal.grant.domain.ActivityStore;
import kr.innocluster.portal.grant.domain.ProjectRow;
import kr.innocluster.portal.grant.domain.ProjectStore;
import kr.innocluster.portal.program.AgreedGrants;
import kr.innocluster.portal.program.AuditAction;
import kr.innocluster.portal.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Interim and final reports (중간·최종보고): the company submits, the official accepts or returns them with comments. */
@Service
public class ReportService {

    private final ProjectStore projects;
    private final ActivityStore activity;
    private final GrantAccess access;
    private final AgreedGrants agreedGrants;
    private final FileStorage storage;
    private final GrantNotices notices;
    private final Clock clock;

    ReportService(ProjectStore projects, ActivityStore activity, GrantAccess access, AgreedGrants agreedGrants,
                  FileStorage storage, GrantNotices notices, Clock clock) {
        this.projects = projects;
        this.activity = activity;
        this.access = access;
        this.agreedGrants = agreedGrants;
        this.storage = storage;
        this.notices = notices;
        this.clock = clock;
    }

    /** Submits the report: achievements against the goals and what was achieved for each agreed KPI. */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public void submit(long reportId, ReportForm form) {
        ProjectRow p = access.lock(access.forCompany(projectOf(reportId)));
        if (p.status() != ProjectStatus.ACTIVE) {
            throw new RuleException("grant.error.wrongStatus");
        }
        if (form.achievements() == null || form.achievements().isBlank()) {
            throw RuleException.onField("achievements", "grant.validation.required");
        }
        List<KpiView> kpis = projects.kpis(p.id());
        if (form.kpiAchieved().size() != kpis.size()
                || form.kpiAchieved().stream().anyMatch(a -> a == null || a.isBlank())) {
            throw RuleException.onField("kpis", "grant.validation.kpiAchieved");
        }
        if (!activity.submitReport(reportId, form.achievements().strip(), access.actorName(), clock.instant())) {
            throw new ConflictException("grant.error.reportNotOpen");
        }
        for (int i = 0; i < kpis.size(); i++) {
            projects.achieved(kpis.get(i).id(), form.kpiAchieved().get(i).strip());
        }
        agreedGrants.recordDecision(p.applicationId(), AuditAction.REPORT_SUBMITTED, "#" + reportId);
    }

    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public FileView attach(long reportId, UploadedFile file) {
        ProjectRow p = access.forCompany(projectOf(reportId));
        ReportView report = activity.reports(p.id()).stream().filter(r -> r.id() == reportId).findFirst()
                .orElseThrow(GrantAccess::notFound);
        if (!report.status().editableByCompany() || p.status() != ProjectStatus.ACTIVE) {
            throw new RuleException("grant.error.reportNotOpen");
        }
        EvidenceFormat format = EvidenceFormat.of(file);
        String key;
        try (var in = file.open()) {
            key = storage.store(in, EvidenceFormat.MAX_MB * 1024L * 1024L);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String name = file.safeName("report");
        long id = activity.insertFile(p.id(), ActivityStore.REPORT, reportId, name, format.contentType(), file.size(),
                key, clock.instant());
        return new FileView(id, name, file.size());
    }

    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public void accept(long reportId, String comment) {
        ProjectRow p = access.forOfficial(projectOf(reportId));
        if (!activity.reviewReport(reportId, ReportStatus.ACCEPTED, blankToNull(comment), access.actorName(),
                clock.instant())) {
            throw new ConflictException("grant.error.reportNotSubmitted");
        }
        agreedGrants.recordDecision(p.applicationId(), AuditAction.REPORT_ACCEPTED,
                "#" + reportId + (comment == null || comment.isBlank() ? "" : ": " + comment.strip()));
        notices.send(p, "reportAccepted", comment == null ? "" : comment.strip());
    }

    /** Returns the report for revision; the comment tells the company what to change. */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public void returnForRevision(long reportId, String comment) {
        ProjectRow p = access.forOfficial(projectOf(reportId));
        if (comment == null || comment.isBlank()) {
            throw RuleException.onField("reason", "grant.validation.reason");
        }
        if (!activity.reviewReport(reportId, ReportStatus.RETURNED, comment.strip(), access.actorName(),
                clock.instant())) {
            throw new ConflictException("grant.error.reportNotSubmitted");
        }
        agreedGrants.recordDecision(p.applicationId(), AuditAction.REPORT_RETURNED, "#" + reportId + ": "
                + comment.strip());
        notices.send(p, "reportReturned", comment.strip());
    }

    private long projectOf(long reportId) {
        return activity.projectOfReport(reportId).orElseThrow(GrantAccess::notFound);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
