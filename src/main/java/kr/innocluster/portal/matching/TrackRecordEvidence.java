package kr.innocluster.portal.matching;

import java.time.LocalDate;

/**
 * One piece of evidence for a supplier's track record.
 *
 * @param kind       what kind of evidence it is (decides how it counts)
 * @param solutionId the catalogue solution it is about, or {@code null} when it is about the supplier only
 *                   (for example a pilot project that tested a solution named in free text)
 * @param title      short text shown in the track record (the owner's language-neutral title, e.g. a project name)
 * @param date       when it became evidence (e.g. the date results were verified)
 * @param link       portal route where a viewer allowed to see it can read more (e.g. a public verification page),
 *                   or {@code null}
 */
public record TrackRecordEvidence(Kind kind, Long solutionId, String title, LocalDate date, String link) {

    public enum Kind {
        /** Results of a pilot project verified by the pilot factory's operator or an official. */
        PILOT_VERIFIED
    }
}
