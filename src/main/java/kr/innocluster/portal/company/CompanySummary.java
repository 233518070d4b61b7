package kr.innocluster.portal.company;

import java.time.LocalDate;

/**
 * What other features need to know about a company. {@code region}, {@code sizeClass} and {@code status} are the
 * names of {@link Region}, {@link SizeClass} and {@link CompanyStatus} ({@code PENDING, VERIFIED, REJECTED,
 * SUSPENDED}); {@code businessNumber} is the ten digits.
 */
public record CompanySummary(long id, String businessNumber, String name, String region, String sizeClass,
                             String ksicCode, Integer smartFactoryLevel, LocalDate foundedOn, String status,
                             boolean supplier, boolean demand) {

    public boolean verified() {
        return CompanyStatus.VERIFIED.name().equals(status);
    }
}
