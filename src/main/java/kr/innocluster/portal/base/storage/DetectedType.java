package kr.innocluster.portal.base.storage;

/**
 * What a file is, told from its content by {@link FileInspection} (never from its name or the type the browser
 * claims), with the extension and media type it is stored, named and served with.
 */
public enum DetectedType {

    PDF("pdf", "application/pdf"),
    /** HWP 5: an OLE2 compound file with the {@code FileHeader} stream of Hancom Office. */
    HWP("hwp", "application/x-hwp"),
    /** HWPX: Hancom's zip package (OWPML). */
    HWPX("hwpx", "application/hwp+zip"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PNG("png", "image/png"),
    JPEG("jpg", "image/jpeg"),
    WEBP("webp", "image/webp");

    private final String extension;
    private final String contentType;

    DetectedType(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    /** Without the dot, lower case. */
    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    public boolean isImage() {
        return this == PNG || this == JPEG || this == WEBP;
    }
}
