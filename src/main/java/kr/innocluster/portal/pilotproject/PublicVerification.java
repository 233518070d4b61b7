package kr.innocluster.portal.pilotproject;

import java.time.Instant;
import java.util.List;

/**
 * What the public verification page of a 실증확인서 shows. {@code withdrawn}: the company withdrew its terms (nothing
 * else is shown). {@code detailsPublished}: the company agreed to publish the details; without it only the code and the
 * verification date are shown, and the other fields are null or empty.
 */
public record PublicVerification(String code, boolean withdrawn, boolean detailsPublished, Instant verifiedAt,
                                 String companyName, String title, String solution, List<String> resources,
                                 Instant periodStart, Instant periodEnd, List<KpiView> kpis, String verifierName) {
}
