package kr.innocluster.portal.company.domain;

/** One field whose value an update changed, as text for the history. */
public record FieldChange(String field, String oldValue, String newValue) {
}
