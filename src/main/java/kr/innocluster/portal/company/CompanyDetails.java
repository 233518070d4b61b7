package kr.innocluster.portal.company;

import java.time.Instant;
import java.time.LocalDate;

/** Everything on a company's profile page, with the version an edit must start from. */
public record CompanyDetails(long id, String businessNumber, String name, String ceoName, String address, Region region,
                             String ksicCode, SizeClass sizeClass, LocalDate foundedOn, int employees,
                             long annualRevenue, Integer smartFactoryLevel, boolean supplier, boolean demand,
                             String contactName, String contactPhone, String contactEmail, CompanyStatus status,
                             String statusReason, String statusDecidedBy, Instant statusDecidedAt, Instant createdAt,
                             long version) {
}
