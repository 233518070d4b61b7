package kr.innocluster.portal.matching;

/** requested → accepted (meetings) → contracted (both sides marked it), or declined by the supplier. */
public enum ConsultationStatus {
    REQUESTED, ACCEPTED, DECLINED, CONTRACTED
}
