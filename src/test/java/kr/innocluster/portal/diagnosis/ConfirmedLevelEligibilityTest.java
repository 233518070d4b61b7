package kr.innocluster.portal.diagnosis;

import java.time.LocalDate;
import java.util.List;
import kr.innocluster.portal.company.Region;
import kr.innocluster.portal.company.SizeClass;
import kr.innocluster.portal.program.EligibilityProfile;
import kr.innocluster.portal.program.EligibilityReason;
import kr.innocluster.portal.program.EligibilityRules;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Program eligibility uses the confirmed smart-factory level first; a program may accept only a confirmed one. */
class ConfirmedLevelEligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static EligibilityProfile company(Integer declared, Integer confirmed) {
        return new EligibilityProfile(Region.DAEGU, SizeClass.SMALL, "C29280", declared, LocalDate.of(2015, 1, 1),
                "VERIFIED", confirmed);
    }

    @Test
    void theConfirmedLevelReplacesTheDeclaredOne() {
        EligibilityRules level3 = new EligibilityRules(List.of(), List.of(), List.of(), 3, null);

        assertThat(level3.check(company(4, null), TODAY).eligible()).isTrue();
        assertThat(level3.check(company(4, 2), TODAY).eligible()).isFalse();
        assertThat(level3.check(company(1, 3), TODAY).eligible()).isTrue();
    }

    @Test
    void aProgramRequiringAConfirmedLevelRefusesADeclaredOne() {
        EligibilityRules confirmedOnly = new EligibilityRules(List.of(), List.of(), List.of(), 2, null, true);

        assertThat(confirmedOnly.check(company(5, null), TODAY).reasons()).extracting(EligibilityReason::messageKey)
                .containsExactly("program.eligibility.smartFactoryUnconfirmed");
        assertThat(confirmedOnly.check(company(5, 1), TODAY).reasons()).extracting(EligibilityReason::messageKey)
                .containsExactly("program.eligibility.smartFactory");
        assertThat(confirmedOnly.check(company(null, 2), TODAY).eligible()).isTrue();
        assertThat(confirmedOnly.acceptsEveryoneAcceptedBy(new EligibilityRules(List.of(), List.of(), List.of(), 2,
                null))).isFalse();
    }
}
