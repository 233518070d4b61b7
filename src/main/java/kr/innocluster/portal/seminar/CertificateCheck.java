package kr.innocluster.portal.seminar;

import java.time.Instant;

/** What the public verification page confirms about a certificate of attendance (the name partly masked). */
public record CertificateCheck(String code, String maskedName, String seminarTitle, String host, Instant seminarStartsAt,
                               Instant issuedAt) {
}
