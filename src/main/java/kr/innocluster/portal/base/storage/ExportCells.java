package kr.innocluster.portal.base.storage;

/**
 * Text that goes into a CSV or spreadsheet export. A value that a spreadsheet would read as a formula (it starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, or the full-width {@code ＝ ＋ － ＠} that
 * Korean and Japanese input methods produce) is prefixed with an apostrophe, so a company name such as
 * {@code =HYPERLINK(...)} stays text when an official opens the file (CSV/formula injection).
 */
public final class ExportCells {

    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private ExportCells() {
    }

    /** The value as safe text: never null, never the start of a formula. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
