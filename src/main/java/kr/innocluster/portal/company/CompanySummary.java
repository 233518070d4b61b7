package kr.innocluster.portal.company;

import java.time.LocalDate;

/** What other features need to know about a company; {@code businessNumber} is the ten digits. */
public record CompanySummary(long id, String businessNumber, String name, Region region, SizeClass sizeClass,
                             String ksicCode, Integer smartFactoryLevel, LocalDate foundedOn, CompanyStatus status,
                             boolean supplier, boolean demand) {

    public boolean verified() {
        return status == CompanyStatus.VERIFIED;
    }
}
