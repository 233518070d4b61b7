package kr.innocluster.portal.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.matching.domain.CatalogueStore;
import kr.innocluster.portal.matching.domain.ConsultationStore;
import kr.innocluster.portal.program.ApplicantCompanyGrants;
import org.springframework.stereotype.Component;

/** Computes a supplier's {@link TrackRecord} from the evidence the portal holds (see there). */
@Component
class TrackRecords {

    private final ApplicantCompanyGrants grants;
    private final List<TrackRecordSource> sources;
    private final CatalogueStore catalogue;
    private final ConsultationStore consultations;
    private final Clock clock;
    private final DisplayZone zone;

    TrackRecords(ApplicantCompanyGrants grants, List<TrackRecordSource> sources, CatalogueStore catalogue,
                 ConsultationStore consultations, Clock clock, DisplayZone zone) {
        this.grants = grants;
        this.sources = sources;
        this.catalogue = catalogue;
        this.consultations = consultations;
        this.clock = clock;
        this.zone = zone;
    }

    TrackRecord of(long supplierId, LocalDate foundedOn) {
        List<TrackRecordEvidence> evidence = new ArrayList<>();
        for (TrackRecordSource source : sources) {
            evidence.addAll(source.evidenceFor(supplierId));
        }
        int pilots = (int) evidence.stream().filter(e -> e.kind() == TrackRecordEvidence.Kind.PILOT_VERIFIED).count();
        var ratings = consultations.ratings(supplierId);
        int years = foundedOn == null ? 0
                : Math.max(0, Period.between(foundedOn, LocalDate.now(clock.withZone(zone.zoneId()))).getYears());
        SupplierFlag flag = catalogue.flag(supplierId).map(f -> new SupplierFlag(SupplierFlag.Kind.valueOf(f.kind()),
                f.reason(), f.flaggedBy(), f.flaggedAt())).orElse(null);
        return new TrackRecord(grants.completedProjects(supplierId), pilots,
                ratings.map(ConsultationStore.RatingRow::average).orElse(null),
                ratings.map(ConsultationStore.RatingRow::count).orElse(0), years, flag, evidence);
    }
}
