package kr.innocluster.portal.company;

import java.time.Instant;

/** One changed field of a company profile (or a status decision): who, when, old → new. */
public record CompanyChange(Instant changedAt, String changedBy, String field, String oldValue, String newValue) {
}
