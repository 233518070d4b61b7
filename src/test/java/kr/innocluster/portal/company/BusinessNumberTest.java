package kr.innocluster.portal.company;

import kr.innocluster.portal.company.BusinessNumber.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 사업자등록번호 per DOMAIN.md: format XXX-XX-XXXXX or ten digits, and the check digit. */
class BusinessNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"120-81-47521", "220-81-62517", "1208147521", "2208162517", " 120-81-47521 ", "1208147521\t"})
    void theValidExamplesOfTheDomainAreAccepted(String input) {
        assertThat(BusinessNumber.problem(input)).isEmpty();
        assertThat(BusinessNumber.isValid(input)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123-45-67890", "1234567890", "120-81-47522", "220-81-62510"})
    void aWrongCheckDigitIsNamedAsSuch(String input) {
        assertThat(BusinessNumber.problem(input)).contains(Problem.CHECK_DIGIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"120-81-4752", "120-81-475211", "12081475", "12345678901", "120-8147521", "1208-1-47521",
            "120 81 47521", "120-81-4752a", "ABC-DE-FGHIJ", "120_81_47521", "１２０８１４７５２１", "120--81-47521",
            "-120-81-47521"})
    void aWrongShapeIsAFormatProblem(String input) {
        assertThat(BusinessNumber.problem(input)).contains(Problem.FORMAT);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void nothingEnteredIsRequired(String input) {
        assertThat(BusinessNumber.problem(input)).contains(Problem.REQUIRED);
    }

    @Test
    void eachProblemHasItsOwnMessage() {
        assertThat(Problem.FORMAT.messageKey()).isEqualTo("company.error.businessNumber.format");
        assertThat(Problem.CHECK_DIGIT.messageKey()).isEqualTo("company.error.businessNumber.checkDigit");
        assertThat(Problem.REQUIRED.messageKey()).isEqualTo("company.error.businessNumber.required");
    }

    @Test
    void numbersAreStoredAsTenDigitsAndShownWithHyphens() {
        assertThat(BusinessNumber.normalize(" 120-81-47521")).isEqualTo("1208147521");
        assertThat(BusinessNumber.format("1208147521")).isEqualTo("120-81-47521");
        assertThatThrownBy(() -> BusinessNumber.normalize("123-45-67890")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCheckDigitIncludesTheCarryOfTheNinthDigit() {
        // d9 = 2: 2 * 5 / 10 = 1 is added to the weighted sum 78, so the check digit is (10 - 9) % 10 = 1.
        assertThat(BusinessNumber.checkDigit("120814752")).isEqualTo(1);
        assertThat(BusinessNumber.checkDigit("220816251")).isEqualTo(7);
        assertThat(BusinessNumber.complete("123456789")).hasSize(10).satisfies(n -> assertThat(BusinessNumber.isValid(n)).isTrue());
        assertThat(BusinessNumber.checkDigit("000000000")).isZero();
    }
}
