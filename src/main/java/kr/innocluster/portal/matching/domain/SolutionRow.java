package kr.innocluster.portal.matching.domain;

import java.time.LocalDate;

/** A catalogue entry as stored; lists are comma-separated. */
public record SolutionRow(long id, long supplierCompanyId, String supplierName, LocalDate supplierFoundedOn,
                         String name, String category, String tags, String targetSections, String areas,
                         Long priceMin, Long priceMax, Integer projectMonths, String description,
                         String referenceDeployments) {
}
