package kr.innocluster.portal.matching;

import java.time.Instant;

/** An official's warning that a supplier closed or suspended business (휴·폐업). */
public record SupplierFlag(Kind kind, String reason, String flaggedBy, Instant flaggedAt) {

    public enum Kind {
        CLOSED, SUSPENDED
    }
}
