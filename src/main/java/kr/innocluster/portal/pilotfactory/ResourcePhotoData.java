package kr.innocluster.portal.pilotfactory;

/** The photo of a resource. */
public record ResourcePhotoData(String contentType, byte[] content) {
}
