package kr.innocluster.portal.program;

import java.time.LocalDate;
import kr.innocluster.portal.company.Region;
import kr.innocluster.portal.company.SizeClass;

/**
 * The facts of a company that eligibility rules look at, taken from the verified company profile in the company
 * registry's own terms ({@link Region}, {@link SizeClass}); {@code status} is the registry's status name.
 */
public record EligibilityProfile(Region region, SizeClass sizeClass, String ksicCode, Integer smartFactoryLevel,
                                 LocalDate foundedOn, String status) {
}
