package kr.innocluster.portal.company;

/**
 * The officials' list filter; {@code null} means "any". {@code text} matches the name fuzzily (pg_trgm, Korean and
 * Latin) or, when it is made of digits and hyphens, the business number by prefix.
 */
public record CompanyFilter(String text, Region region, SizeClass sizeClass, String ksicSection, CompanyStatus status,
                            Boolean supplier, Boolean demand) {

    public static CompanyFilter any() {
        return new CompanyFilter(null, null, null, null, null, null, null);
    }

    public CompanyFilter withStatus(CompanyStatus newStatus) {
        return new CompanyFilter(text, region, sizeClass, ksicSection, newStatus, supplier, demand);
    }
}
