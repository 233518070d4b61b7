package kr.innocluster.portal.pilotproject;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.pilotproject.domain.PilotProject;
import kr.innocluster.portal.pilotproject.domain.ProjectBooking;
import kr.innocluster.portal.pilotproject.domain.ProjectBookingRepository;
import kr.innocluster.portal.pilotproject.domain.Run;
import kr.innocluster.portal.pilotproject.domain.RunRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The 실증확인서 of a verified project: what it states (resources and period from the logged runs, or the attached
 * bookings before any run), and the public verification address its QR code points to.
 */
@Component
class PilotCertificates {

    private final RunRepository runs;
    private final ProjectBookingRepository projectBookings;
    private final PilotCertificatePdf pdf;
    private final DisplayZone zone;
    private final String baseUrl;

    PilotCertificates(RunRepository runs, ProjectBookingRepository projectBookings, PilotCertificatePdf pdf,
                      DisplayZone zone, @Value("${portal.base-url}") String baseUrl) {
        this.runs = runs;
        this.projectBookings = projectBookings;
        this.pdf = pdf;
        this.zone = zone;
        this.baseUrl = baseUrl;
    }

    String verifyPath(String code) {
        return "pilot-projects/verify/" + CertificateCodes.display(code);
    }

    byte[] render(PilotProject project) {
        Period period = period(project.getId());
        String when = period == null ? "-"
                : zone.formatDate(period.start()) + " ~ " + zone.formatDate(period.end());
        return pdf.render(new PilotCertificatePdf.Data(project.getCompanyName(), project.getTitle(),
                project.getSolution(), String.join(", ", period == null ? List.of() : period.resources()), when,
                project.getKpis().stream().map(ProjectMapping::kpi).toList(), project.getVerifiedByName(),
                project.getVerifiedByRole(), zone.formatDate(project.getVerifiedAt()),
                CertificateCodes.display(project.getCertificateCode()),
                baseUrl + "/" + verifyPath(project.getCertificateCode())));
    }

    /** Resources and the period of the project: from its logged runs, or its bookings while none is logged. */
    Period period(long projectId) {
        List<Run> logged = runs.findByProjectIdOrderByStartedAt(projectId);
        if (!logged.isEmpty()) {
            return new Period(logged.getFirst().getStartedAt(),
                    logged.stream().map(Run::getEndedAt).max(Comparator.naturalOrder()).orElseThrow(),
                    logged.stream().map(Run::getResourceName).distinct().toList());
        }
        List<ProjectBooking> attached = projectBookings.findByProjectIdOrderByStartsAt(projectId);
        if (attached.isEmpty()) {
            return null;
        }
        return new Period(attached.getFirst().getStartsAt(),
                attached.stream().map(ProjectBooking::getEndsAt).max(Comparator.naturalOrder()).orElseThrow(),
                ProjectMapping.resources(attached));
    }

    record Period(Instant start, Instant end, List<String> resources) {
    }
}
