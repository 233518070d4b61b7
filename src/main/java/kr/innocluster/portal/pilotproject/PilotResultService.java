package kr.innocluster.portal.pilotproject;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.pilotproject.domain.Kpi;
import kr.innocluster.portal.pilotproject.domain.PilotProject;
import kr.innocluster.portal.pilotproject.domain.PilotProjectRepository;
import kr.innocluster.portal.pilotproject.domain.RunRepository;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results of a project: the operator or an official records the measured value and method of every KPI (whether the
 * target was met follows from the comparator) and verifies them, which issues the 실증확인서.
 */
@Service
public class PilotResultService {

    private final PilotProjectRepository projects;
    private final RunRepository runs;
    private final ProjectAccess access;
    private final PilotCertificates certificates;
    private final Clock clock;

    PilotResultService(PilotProjectRepository projects, RunRepository runs, ProjectAccess access,
                       PilotCertificates certificates, Clock clock) {
        this.projects = projects;
        this.runs = runs;
        this.access = access;
        this.certificates = certificates;
        this.clock = clock;
    }

    /** The KPIs with targets and results, for the project's company and staff. */
    @RolesAllowed({Roles.COMPANY, Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional(readOnly = true)
    public List<KpiView> results(long projectId) {
        return ProjectMapping.kpis(access.visible(projectId));
    }

    /**
     * Records the results of every KPI at once (after at least one logged run); may be corrected until verified.
     * Moves the project to RESULTS_RECORDED.
     */
    @RolesAllowed({Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional
    public void recordResults(long projectId, List<KpiResult> results) {
        PilotProject project = access.staffOnly(projectId);
        if (project.getStatus() != ProjectStatus.RUNNING && project.getStatus() != ProjectStatus.RESULTS_RECORDED
                || runs.countByProjectId(projectId) == 0) {
            throw RuleException.onField("results", "pp.error.noRunYet");
        }
        Map<Long, KpiResult> byKpi = new HashMap<>();
        results.forEach(r -> byKpi.put(r.kpiId(), r));
        if (byKpi.size() != project.getKpis().size()
                || project.getKpis().stream().anyMatch(k -> !byKpi.containsKey(k.getId()))) {
            throw RuleException.onField("results", "pp.error.resultsIncomplete");
        }
        for (KpiResult result : byKpi.values()) {
            if (ProjectRules.measuredOutOfRange(result.measured()) || ProjectRules.blank(result.method())
                    || result.method().strip().length() > 1000) {
                throw RuleException.onField("results", "pp.error.resultsIncomplete");
            }
        }
        PortalUser user = access.user();
        for (Kpi kpi : project.getKpis()) {
            KpiResult result = byKpi.get(kpi.getId());
            kpi.record(result.measured(), result.method().strip(), user.displayName(), clock.instant());
        }
        project.moveTo(ProjectStatus.RESULTS_RECORDED);
        flush();
    }

    /** The operator or an official verifies the recorded results: the 실증확인서 gets its code. */
    @RolesAllowed({Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional
    public String verify(long projectId) {
        PilotProject project = access.staffOnly(projectId);
        if (project.getStatus() != ProjectStatus.RESULTS_RECORDED) {
            throw RuleException.onField("status", "pp.error.wrongStatus");
        }
        PortalUser user = access.user();
        project.verified(CertificateCodes.next(), user.displayName(),
                user.hasRole(Roles.OFFICIAL) ? Roles.OFFICIAL : Roles.OPERATOR, clock.instant());
        flush();
        return CertificateCodes.display(project.getCertificateCode());
    }

    /** The 실증확인서 PDF of a verified project, for its company and staff; not after the company withdrew its terms. */
    @RolesAllowed({Roles.COMPANY, Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional(readOnly = true)
    public byte[] certificate(long projectId) {
        PilotProject project = access.visible(projectId);
        if (project.withdrawn()) {
            throw new RuleException("pp.error.withdrawn");
        }
        if (!project.getStatus().verified()) {
            throw new RuleException("pp.error.notVerified");
        }
        return certificates.render(project);
    }

    private void flush() {
        try {
            projects.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw ConflictException.onField("status", "pp.error.stale");
        }
    }
}
