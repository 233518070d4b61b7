package kr.innocluster.portal.pilotproject;

/** Run data formats accepted for handover; a zip may hold only the other three. */
public enum RunFileFormat {
    CSV("text/csv"), JSON("application/json"), PARQUET("application/vnd.apache.parquet"), ZIP("application/zip");

    private final String contentType;

    RunFileFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }
}
