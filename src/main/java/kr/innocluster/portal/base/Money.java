package kr.innocluster.portal.base;

import java.text.NumberFormat;
import java.util.Locale;

/** Amounts in Korean won, whole numbers only: {@code ₩1,250,000}. The same in every language of the portal. */
public final class Money {

    private Money() {
    }

    /** {@code ₩1,250,000}; a dash for an amount not set. */
    public static String won(Long amount) {
        return amount == null ? "-" : "₩" + NumberFormat.getIntegerInstance(Locale.KOREA).format(amount);
    }

    public static String won(long amount) {
        return won(Long.valueOf(amount));
    }
}
