package kr.innocluster.portal.program;

import java.time.LocalDate;

/** The facts of a company that eligibility rules look at, taken from the verified company profile. */
public record EligibilityProfile(String region, String sizeClass, String ksicCode, Integer smartFactoryLevel,
                                 LocalDate foundedOn, String status) {
}
