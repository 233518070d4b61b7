package kr.innocluster.portal.company;

import java.time.Instant;
import java.time.LocalDate;

/** One row of the officials' company list and of its exports. */
public record CompanyListItem(long id, String businessNumber, String name, String ceoName, Region region,
                              String ksicCode, SizeClass sizeClass, LocalDate foundedOn, int employees,
                              long annualRevenue, Integer smartFactoryLevel, boolean supplier, boolean demand,
                              CompanyStatus status, String contactName, String contactPhone, String contactEmail,
                              Instant createdAt) {
}
