package kr.innocluster.portal.company;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A verified company's request to change what its verification and eligibility depend on, as the company's members
 * and officials see it: the values asked for, next to the company's current ones on its page.
 */
public record CompanyChangeRequest(long id, long companyId, String companyName, String requestedByName, Instant requestedAt,
                                   String businessNumber, Region region, String ksicCode, SizeClass sizeClass,
                                   LocalDate foundedOn, long annualRevenue, ChangeRequestStatus status,
                                   String decidedByName, Instant decidedAt, String reason, long version) {
}
