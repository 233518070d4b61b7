package kr.innocluster.portal.grant;

import java.time.LocalDate;

/** One instalment (교부) of the government grant: planned date, condition, and the payment once recorded. */
public record InstalmentView(long id, int seq, LocalDate plannedOn, long amount, InstalmentCondition condition,
                             LocalDate paidOn, String paidBy) {

    public boolean paid() {
        return paidOn != null;
    }
}
