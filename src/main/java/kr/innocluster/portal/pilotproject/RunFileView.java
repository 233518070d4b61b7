package kr.innocluster.portal.pilotproject;

import java.time.Instant;

/** A run data file as listed: {@code downloadable} says whether the viewer may download it under the terms. */
public record RunFileView(long id, long runId, String fileName, RunFileFormat format, long size, String sha256,
                          String uploadedByName, Instant uploadedAt, boolean downloadable) {
}
