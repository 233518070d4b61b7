package kr.innocluster.portal.matching;

import java.util.List;

/**
 * Evidence another feature holds about a supplier company and its solutions (for example verified pilot-factory
 * results), counted in the supplier's and the solution's track record. Implementations are Spring beans in the
 * feature that owns the evidence, so the matching feature never imports it. Only evidence that its owner allows
 * to be shown to the cluster is returned (for example pilot results whose data terms permit publication).
 */
public interface TrackRecordSource {

    /** Evidence about the given supplier company, newest first; empty when there is none. */
    List<TrackRecordEvidence> evidenceFor(long supplierCompanyId);
}
