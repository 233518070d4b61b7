package kr.innocluster.portal.pilotproject;

/**
 * Who may see a project's run data, narrowest first: the company only; also the pilot factory's staff; also the
 * cluster's case library, anonymised (which includes staff). A company may narrow its choice at any time, never widen
 * it after agreeing.
 */
public enum DataScope {
    COMPANY_ONLY, STAFF, ANONYMISED_LIBRARY;

    public boolean staffMayDownload() {
        return this != COMPANY_ONLY;
    }

    public boolean library() {
        return this == ANONYMISED_LIBRARY;
    }

    public boolean narrowerOrEqual(DataScope other) {
        return ordinal() <= other.ordinal();
    }
}
