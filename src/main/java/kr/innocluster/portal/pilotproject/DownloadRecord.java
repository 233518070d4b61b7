package kr.innocluster.portal.pilotproject;

import java.time.Instant;

/** One recorded download of a run data file. */
public record DownloadRecord(String fileName, String name, String role, Instant downloadedAt) {
}
