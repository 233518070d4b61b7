package kr.innocluster.portal.pilotproject;

import java.time.Instant;
import java.util.List;

/** The operator's log of one run with its data files. */
public record RunView(long id, long bookingId, String resourceName, Instant startedAt, Instant endedAt,
                      String lineConditions, String deviations, String loggedByName, Instant loggedAt,
                      List<RunFileView> files) {
}
