package kr.innocluster.portal.pilotproject;

/**
 * The data terms a company agrees to. The text is in the bundles under {@code pp.terms.<version>.*}; a new text gets a
 * new version (and new keys), so every recorded agreement still names the text the company saw.
 */
public final class DataTerms {

    public static final String CURRENT_VERSION = "2026-12";

    private DataTerms() {
    }

    /** Message key of the terms text of a version. */
    public static String textKey(String version) {
        return "pp.terms." + version + ".text";
    }
}
