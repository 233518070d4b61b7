package kr.innocluster.portal.grant;

import java.util.List;

/**
 * A settlement (정산) in whole won. Per line: the agreed grant and own contribution, the allowed spending, the
 * government's share of it, and how the line's recovery splits into the government share of the unspent money and of
 * the disallowed amounts. entitled = Σ grant share of allowed spending; recovery = (paid − entitled, if positive) +
 * interest; stillToPay = entitled − paid when the grant was not fully paid out.
 */
public record Settlement(List<Line> lines, long agreedGrant, long paid, long entitled, long interest, long recovery,
                         long stillToPay) {

    public Settlement {
        lines = List.copyOf(lines);
    }

    public long unspentGovernmentShare() {
        return lines.stream().mapToLong(Line::unspentGovernmentShare).sum();
    }

    public long disallowedGovernmentShare() {
        return lines.stream().mapToLong(Line::disallowedGovernmentShare).sum();
    }

    public long allowed() {
        return lines.stream().mapToLong(Line::allowed).sum();
    }

    public long disallowed() {
        return lines.stream().mapToLong(Line::disallowed).sum();
    }

    public record Line(String category, long grantAmount, long ownAmount, long allowed, long disallowed,
                       long grantShare, long unspentGovernmentShare, long disallowedGovernmentShare) {

        public long budget() {
            return grantAmount + ownAmount;
        }

        public long unspent() {
            return budget() - allowed - disallowed;
        }
    }
}
