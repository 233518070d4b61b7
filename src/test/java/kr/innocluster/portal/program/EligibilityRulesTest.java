package kr.innocluster.portal.program;

import java.time.LocalDate;
import java.util.List;
import kr.innocluster.portal.company.Region;
import kr.innocluster.portal.company.SizeClass;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The eligibility engine is a pure function: a profile and a day in, a verdict with reasons out. */
class EligibilityRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private static final EligibilityProfile HANBIT = new EligibilityProfile(Region.DAEGU, SizeClass.SMALL, "C29271", 3,
            LocalDate.of(2012, 5, 1), "ACTIVE");

    private final EligibilityRules daeguManufacturing = new EligibilityRules(
            List.of(Region.DAEGU, Region.GYEONGBUK), List.of(SizeClass.SMALL, SizeClass.MEDIUM), List.of("C"), 2, null);

    @Test
    void noRulesAcceptEveryActiveCompany() {
        assertThat(EligibilityRules.none().check(HANBIT, TODAY).eligible()).isTrue();
    }

    @Test
    void aCompanyMeetingEveryRuleIsEligible() {
        Eligibility result = daeguManufacturing.check(HANBIT, TODAY);

        assertThat(result.eligible()).isTrue();
        assertThat(result.reasons()).isEmpty();
    }

    @Test
    void everyFailedRuleGivesItsOwnReasonWithTheRequirement() {
        EligibilityProfile osongBio = new EligibilityProfile(Region.CHUNGBUK, SizeClass.MIDSIZE, "M70113", 1,
                LocalDate.of(2001, 1, 1), "ACTIVE");
        EligibilityRules strict = new EligibilityRules(List.of(Region.DAEGU, Region.GYEONGBUK),
                List.of(SizeClass.SMALL, SizeClass.MEDIUM), List.of("C26", "C29"), 3, 7);

        Eligibility result = strict.check(osongBio, TODAY);

        assertThat(result.eligible()).isFalse();
        assertThat(result.reasons()).containsExactly(
                new EligibilityReason("program.eligibility.region", "DAEGU, GYEONGBUK"),
                new EligibilityReason("program.eligibility.size", "SMALL, MEDIUM"),
                new EligibilityReason("program.eligibility.ksic", "C26, C29"),
                new EligibilityReason("program.eligibility.smartFactory", "3"),
                new EligibilityReason("program.eligibility.age", "7"));
    }

    @Test
    void aClosedOrBankruptCompanyIsNeverEligible() {
        EligibilityProfile closed = new EligibilityProfile(Region.DAEGU, SizeClass.SMALL, "C29271", 3, LocalDate.of(2012, 5, 1),
                "closed");

        assertThat(EligibilityRules.none().check(closed, TODAY).reasons())
                .extracting(EligibilityReason::messageKey).containsExactly("program.eligibility.inactive");
    }

    @Test
    void ksicPrefixesMatchSectionOrDivisionCaseInsensitively() {
        EligibilityRules machinery = new EligibilityRules(List.of(), List.of(), List.of(" c29 "), null, null);

        assertThat(machinery.check(HANBIT, TODAY).eligible()).isTrue();
        assertThat(machinery.check(new EligibilityProfile(Region.DAEGU, SizeClass.SMALL, "C26110", 3, null, "ACTIVE"), TODAY)
                .eligible()).isFalse();
        assertThat(machinery.check(new EligibilityProfile(Region.DAEGU, SizeClass.SMALL, null, 3, null, "ACTIVE"), TODAY)
                .eligible()).isFalse();
    }

    @Test
    void companyAgeCountsWholeYearsUpToTheLimitAndAMissingFactFails() {
        EligibilityRules startups = new EligibilityRules(List.of(), List.of(), List.of(), null, 7);

        assertThat(startups.check(profileFoundedOn(TODAY.minusYears(7)), TODAY).eligible()).isTrue();
        assertThat(startups.check(profileFoundedOn(TODAY.minusYears(7).minusDays(1)), TODAY).eligible()).isFalse();
        assertThat(startups.check(profileFoundedOn(null), TODAY).eligible()).isFalse();
    }

    @Test
    void aMissingSmartFactoryLevelDoesNotMeetAMinimum() {
        EligibilityRules level2 = new EligibilityRules(List.of(), List.of(), List.of(), 2, null);

        assertThat(level2.check(new EligibilityProfile(Region.DAEGU, SizeClass.SMALL, "C29", null, null, "ACTIVE"), TODAY)
                .reasons()).extracting(EligibilityReason::messageKey)
                .containsExactly("program.eligibility.smartFactory");
    }

    @Test
    void looserRulesAcceptEveryoneTheEarlierAcceptedStricterOnesDoNot() {
        EligibilityRules wider = new EligibilityRules(List.of(Region.DAEGU, Region.GYEONGBUK, Region.GYEONGNAM),
                List.of(), List.of("C"), 1, null);
        EligibilityRules narrower = new EligibilityRules(List.of(Region.DAEGU), List.of(SizeClass.SMALL,
                SizeClass.MEDIUM), List.of("C29"), 2, null);
        EligibilityRules younger = new EligibilityRules(List.of(Region.DAEGU, Region.GYEONGBUK),
                List.of(SizeClass.SMALL, SizeClass.MEDIUM), List.of("C"), 2, 5);

        assertThat(wider.acceptsEveryoneAcceptedBy(daeguManufacturing)).isTrue();
        assertThat(EligibilityRules.none().acceptsEveryoneAcceptedBy(daeguManufacturing)).isTrue();
        assertThat(narrower.acceptsEveryoneAcceptedBy(daeguManufacturing)).isFalse();
        assertThat(younger.acceptsEveryoneAcceptedBy(daeguManufacturing)).isFalse();
        assertThat(daeguManufacturing.acceptsEveryoneAcceptedBy(EligibilityRules.none())).isFalse();
    }

    private static EligibilityProfile profileFoundedOn(LocalDate foundedOn) {
        return new EligibilityProfile(Region.DAEGU, SizeClass.SMALL, "C29271", 3, foundedOn, "ACTIVE");
    }

    @Test
    void aMissingRegionOrSizeDoesNotMeetARestriction() {
        EligibilityProfile unknown = new EligibilityProfile(null, null, "C29271", 3, null, "ACTIVE");

        assertThat(daeguManufacturing.check(unknown, TODAY).reasons()).extracting(EligibilityReason::messageKey)
                .containsExactly("program.eligibility.region", "program.eligibility.size");
    }

    @Test
    void theRequirementIsLabelledInTheReadersLanguage() {
        EligibilityReason region = new EligibilityReason("program.eligibility.region", "DAEGU, GYEONGBUK");
        EligibilityReason size = new EligibilityReason("program.eligibility.size", "SMALL");
        EligibilityReason ksic = new EligibilityReason("program.eligibility.ksic", "C26, C29");

        assertThat(region.requirementIn(key -> "<" + key + ">"))
                .isEqualTo("<company.region.DAEGU>, <company.region.GYEONGBUK>");
        assertThat(size.requirementIn(key -> "<" + key + ">")).isEqualTo("<company.size.SMALL>");
        assertThat(ksic.requirementIn(key -> "<" + key + ">")).isEqualTo("C26, C29");
        assertThat(new EligibilityReason("program.eligibility.inactive", "SUSPENDED").requirementIn(key -> "<" + key + ">"))
                .isEqualTo("<company.status.SUSPENDED>");
    }
}
