package kr.innocluster.portal.grant;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The settlement rule (DOMAIN: unspent money returns split by who funded it, plus disallowed amounts, plus interest),
 * in whole won:
 * <ul>
 *   <li>each line is funded pro rata: the government pays ⌊allowed × line grant ÷ line budget⌋ of the line's allowed
 *       spending (the company's share is rounded up, so the government never pays a fraction of a won too much);</li>
 *   <li>the rest of the line's grant is recovered; it is the government share of the disallowed amounts
 *       (⌊disallowed × grant ÷ budget⌋) plus the government share of the unspent money (the rest, so the
 *       rounding stays with the unspent part);</li>
 *   <li>recovery = grant paid − Σ government shares (if positive) + interest earned on the grant money.</li>
 * </ul>
 * Lines are those of the agreement version in force, so money moved between lines within the limit is settled by the
 * moved amounts. Pure: no database, no clock.
 */
public final class SettlementCalculation {

    /** A line as settled: agreed grant and own amounts, allowed spending and disallowed amounts. */
    public record LineInput(String category, long grantAmount, long ownAmount, long allowed, long disallowed) {
    }

    private SettlementCalculation() {
    }

    public static Settlement settle(List<LineInput> inputs, long paid, long interest) {
        if (paid < 0 || interest < 0) {
            throw new IllegalArgumentException("negative paid or interest");
        }
        List<Settlement.Line> lines = new ArrayList<>();
        long agreed = 0;
        long entitled = 0;
        for (LineInput in : inputs) {
            long budget = in.grantAmount() + in.ownAmount();
            long allowed = Math.min(Math.max(in.allowed(), 0), budget);
            long disallowed = Math.min(Math.max(in.disallowed(), 0), budget - allowed);
            long grantShare = budget == 0 ? 0 : share(allowed, in.grantAmount(), budget);
            long lineRecovery = in.grantAmount() - grantShare;
            long disallowedShare = budget == 0 ? 0
                    : Math.min(share(disallowed, in.grantAmount(), budget), lineRecovery);
            lines.add(new Settlement.Line(in.category(), in.grantAmount(), in.ownAmount(), allowed, disallowed,
                    grantShare, lineRecovery - disallowedShare, disallowedShare));
            agreed += in.grantAmount();
            entitled += grantShare;
        }
        long recovery = Math.max(paid - entitled, 0) + interest;
        return new Settlement(lines, agreed, paid, entitled, interest, recovery, Math.max(entitled - paid, 0));
    }

    /** ⌊amount × part ÷ whole⌋ without overflow (amounts in won times amounts in won exceed a long). */
    private static long share(long amount, long part, long whole) {
        return BigInteger.valueOf(amount).multiply(BigInteger.valueOf(part)).divide(BigInteger.valueOf(whole))
                .longValueExact();
    }
}
