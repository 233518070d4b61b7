package kr.innocluster.portal.grant;

import java.time.Instant;
import java.time.LocalDate;

/** One kept version of the agreement: its end date and lines (category grant/own), and why it was made. */
public record AgreementVersion(int version, LocalDate periodEnd, String lines, String note, Instant createdAt,
                               String createdBy) {
}
