package kr.innocluster.portal.grant;

import java.util.List;
import java.util.stream.Stream;
import kr.innocluster.portal.grant.SettlementCalculation.LineInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The recovery (환수) rule, exact to the won, for a table of cases. Pure: no Spring, no database. */
class SettlementCalculationTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                // name, lines, paid, interest, entitled, unspent gov. share, disallowed gov. share, recovery, still to pay
                Arguments.of("all spent and allowed: nothing to recover",
                        List.of(line("재료비", 30_000_000, 10_000_000, 40_000_000, 0)),
                        30_000_000L, 0L, 30_000_000L, 0L, 0L, 0L, 0L),
                Arguments.of("a quarter unspent: the government's 75% of it returns",
                        List.of(line("재료비", 30_000_000, 10_000_000, 30_000_000, 0)),
                        30_000_000L, 0L, 22_500_000L, 7_500_000L, 0L, 7_500_000L, 0L),
                Arguments.of("disallowed amounts: the government share of them returns",
                        List.of(line("외주용역비", 30_000_000, 10_000_000, 36_000_000, 4_000_000)),
                        30_000_000L, 0L, 27_000_000L, 0L, 3_000_000L, 3_000_000L, 0L),
                Arguments.of("odd amounts: the government share is rounded down, to the won",
                        List.of(line("인건비", 10_000_001, 3_333_333, 7_777_777, 0)),
                        10_000_001L, 0L, 5_833_333L, 4_166_668L, 0L, 4_166_668L, 0L),
                Arguments.of("a line funded by the company only returns nothing",
                        List.of(line("장비·시설비", 0, 5_000_000, 1_000_000, 0),
                                line("재료비", 20_000_000, 0, 20_000_000, 0)),
                        20_000_000L, 0L, 20_000_000L, 0L, 0L, 0L, 0L),
                Arguments.of("lines as moved within the limit (v2 amounts), with interest",
                        List.of(line("재료비", 12_000_000, 4_000_000, 15_000_000, 0),
                                line("외주용역비", 18_000_000, 6_000_000, 20_000_000, 1_000_000)),
                        30_000_000L, 123_456L, 26_250_000L, 3_000_000L, 750_000L, 3_873_456L, 0L),
                Arguments.of("paid only the first instalment: no recovery but interest, the rest still to pay",
                        List.of(line("재료비", 30_000_000, 10_000_000, 30_000_000, 0)),
                        15_000_000L, 10_000L, 22_500_000L, 7_500_000L, 0L, 10_000L, 7_500_000L),
                Arguments.of("nothing spent: the whole grant returns",
                        List.of(line("재료비", 30_000_000, 10_000_000, 0, 0)),
                        30_000_000L, 0L, 0L, 30_000_000L, 0L, 30_000_000L, 0L),
                Arguments.of("large amounts do not overflow",
                        List.of(line("장비·시설비", 9_000_000_000L, 3_000_000_000L, 11_999_999_999L, 0)),
                        9_000_000_000L, 0L, 8_999_999_999L, 1L, 0L, 1L, 0L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void recoversTheGovernmentShareOfWhatWasNotAllowedPlusInterest(String name, List<LineInput> lines, long paid,
                                                                  long interest, long entitled, long unspentShare,
                                                                  long disallowedShare, long recovery,
                                                                  long stillToPay) {
        Settlement s = SettlementCalculation.settle(lines, paid, interest);

        assertThat(s.entitled()).as("government share of allowed spending").isEqualTo(entitled);
        assertThat(s.unspentGovernmentShare()).as("government share of unspent").isEqualTo(unspentShare);
        assertThat(s.disallowedGovernmentShare()).as("government share of disallowed").isEqualTo(disallowedShare);
        assertThat(s.recovery()).as("recovery").isEqualTo(recovery);
        assertThat(s.stillToPay()).as("still to pay").isEqualTo(stillToPay);
        assertThat(s.lines()).allSatisfy(l -> assertThat(l.grantShare() + l.unspentGovernmentShare()
                + l.disallowedGovernmentShare()).as("each line's grant is either earned or recovered")
                .isEqualTo(l.grantAmount()));
    }

    @Test
    void negativeInterestIsRefused() {
        assertThatThrownBy(() -> SettlementCalculation.settle(List.of(), 0, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static LineInput line(String category, long grant, long own, long allowed, long disallowed) {
        return new LineInput(category, grant, own, allowed, disallowed);
    }
}
