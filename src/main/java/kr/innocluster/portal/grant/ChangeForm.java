package kr.innocluster.portal.grant;

import java.time.LocalDate;

/** A change: money moved from one line to another (grant and own parts), and/or a later end date, with a reason. */
public record ChangeForm(Long fromLineId, Long toLineId, long grantAmount, long ownAmount, LocalDate newPeriodEnd,
                         String reason) {
}
