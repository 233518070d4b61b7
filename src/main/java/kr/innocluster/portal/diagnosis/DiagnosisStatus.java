package kr.innocluster.portal.diagnosis;

/** A self-assessment waits for a mentor's or an official's confirmation (possibly corrected). */
public enum DiagnosisStatus {
    SELF_ASSESSED, CONFIRMED
}
