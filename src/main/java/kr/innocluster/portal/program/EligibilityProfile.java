package kr.innocluster.portal.program;

import java.time.LocalDate;
import kr.innocluster.portal.company.Region;
import kr.innocluster.portal.company.SizeClass;

/**
 * The facts of a company that eligibility rules look at, taken from the verified company profile in the company
 * registry's own terms ({@link Region}, {@link SizeClass}); {@code status} is the registry's status name.
 * {@code smartFactoryLevel} is the level the company declared; {@code confirmedSmartFactoryLevel} the level a mentor
 * or an official confirmed on site (수준확인), or {@code null} when none was confirmed.
 */
public record EligibilityProfile(Region region, SizeClass sizeClass, String ksicCode, Integer smartFactoryLevel,
                                 LocalDate foundedOn, String status, Integer confirmedSmartFactoryLevel) {

    /** A profile without a confirmed level (only the declared one). */
    public EligibilityProfile(Region region, SizeClass sizeClass, String ksicCode, Integer smartFactoryLevel,
                              LocalDate foundedOn, String status) {
        this(region, sizeClass, ksicCode, smartFactoryLevel, foundedOn, status, null);
    }

    /** The level eligibility uses: the confirmed one when there is one, else the declared one. */
    public Integer effectiveSmartFactoryLevel() {
        return confirmedSmartFactoryLevel != null ? confirmedSmartFactoryLevel : smartFactoryLevel;
    }
}
