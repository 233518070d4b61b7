package kr.innocluster.portal.matching;

import java.util.List;

/**
 * A supplier's track record, computed from evidence in the portal only (nothing typed in by the supplier):
 * completed supported projects (program agreements), verified pilot results ({@link TrackRecordSource}), ratings by
 * demand companies whose consultation both sides marked contracted, years since founding, and an official's flag.
 *
 * @param ratingAverage average rating 1–5, or {@code null} without ratings
 * @param flag          the closed/suspended warning, or {@code null}
 */
public record TrackRecord(int completedProjects, int pilotVerified, Double ratingAverage, int ratingCount,
                          int yearsInBusiness, SupplierFlag flag, List<TrackRecordEvidence> evidence) {

    public TrackRecord {
        evidence = List.copyOf(evidence);
    }

    public static TrackRecord none() {
        return new TrackRecord(0, 0, null, 0, 0, null, List.of());
    }

    public boolean flagged() {
        return flag != null;
    }
}
