package kr.innocluster.portal.pilotproject;

import jakarta.annotation.security.PermitAll;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.matching.TrackRecordEvidence;
import kr.innocluster.portal.matching.TrackRecordSource;
import kr.innocluster.portal.pilotproject.domain.PilotProjectRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verified pilot results count in the track record of the company that ran the project (the supplier), but only when
 * the company agreed to publish them on the verification page and has not withdrawn its terms: the same facts anyone
 * can read there, to which the evidence links.
 */
@Component
class PilotTrackRecord implements TrackRecordSource {

    private final PilotProjectRepository projects;
    private final PilotCertificates certificates;
    private final DisplayZone zone;

    PilotTrackRecord(PilotProjectRepository projects, PilotCertificates certificates, DisplayZone zone) {
        this.projects = projects;
        this.certificates = certificates;
        this.zone = zone;
    }

    /** Only what the public verification page shows anyway, so any caller may ask. */
    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public List<TrackRecordEvidence> evidenceFor(long supplierCompanyId) {
        return projects.findByCompanyIdAndStatusInAndPublishVerificationTrueOrderByVerifiedAtDesc(supplierCompanyId,
                        List.of(ProjectStatus.VERIFIED, ProjectStatus.PUBLISHED)).stream()
                .filter(p -> !p.withdrawn())
                .map(p -> new TrackRecordEvidence(TrackRecordEvidence.Kind.PILOT_VERIFIED, null, p.getTitle(),
                        zone.toZoned(p.getVerifiedAt()).toLocalDate(),
                        "/" + certificates.verifyPath(p.getCertificateCode())))
                .toList();
    }
}
