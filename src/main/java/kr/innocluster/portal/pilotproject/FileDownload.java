package kr.innocluster.portal.pilotproject;

import java.io.InputStream;

/** A run data file being downloaded (already recorded): stream it once and close it. */
public record FileDownload(String fileName, String contentType, long size, InputStream content) {
}
