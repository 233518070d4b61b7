package kr.innocluster.portal.pilotproject;

import java.util.List;
import kr.innocluster.portal.pilotproject.domain.Kpi;
import kr.innocluster.portal.pilotproject.domain.PilotProject;
import kr.innocluster.portal.pilotproject.domain.ProjectBooking;
import kr.innocluster.portal.pilotproject.domain.TermsRecord;

/** Entities to the records the views and other features see. */
final class ProjectMapping {

    private ProjectMapping() {
    }

    static ProjectSummary summary(PilotProject p) {
        return new ProjectSummary(p.getId(), p.getCompanyId(), p.getCompanyName(), p.getTitle(), p.getSolution(),
                p.getStatus(), p.getDataScope(), p.isPublishVerification(), p.getPlannedRuns(), p.getCreatedAt());
    }

    static KpiView kpi(Kpi k) {
        return new KpiView(k.getId(), k.getName(), k.getUnit(), k.getComparator(), k.getTarget(), k.getMeasured(),
                k.getMethod(), k.getMet(), k.getRecordedBy(), k.getRecordedAt());
    }

    /** For public pages: without who recorded the value. */
    static KpiView publicKpi(Kpi k) {
        return new KpiView(k.getId(), k.getName(), k.getUnit(), k.getComparator(), k.getTarget(), k.getMeasured(),
                k.getMethod(), k.getMet(), null, null);
    }

    static List<KpiView> kpis(PilotProject p) {
        return p.getKpis().stream().map(ProjectMapping::kpi).toList();
    }

    static TermsState terms(TermsRecord r) {
        return new TermsState(r.getDataScope(), r.isPublishVerification(), r.isWithdrawn(), r.getTermsVersion(),
                r.getChangedByName(), r.getChangedAt());
    }

    static List<String> resources(List<ProjectBooking> bookings) {
        return bookings.stream().map(ProjectBooking::getResourceName).distinct().toList();
    }
}
