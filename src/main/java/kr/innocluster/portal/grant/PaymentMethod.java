package kr.innocluster.portal.grant;

/** How an expense was paid; only the grant card and bank transfer are allowable, cash is refused. */
public enum PaymentMethod {
    GRANT_CARD, BANK_TRANSFER, CASH;

    public boolean allowable() {
        return this != CASH;
    }
}
