package kr.innocluster.portal.pilotproject;

import java.time.Instant;

/** The data terms in force, or one entry of their history ({@code changedByName} who agreed, narrowed or withdrew). */
public record TermsState(DataScope scope, boolean publishVerification, boolean withdrawn, String version,
                         String changedByName, Instant changedAt) {
}
