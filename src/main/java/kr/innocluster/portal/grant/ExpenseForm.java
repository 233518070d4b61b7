package kr.innocluster.portal.grant;

import java.time.LocalDate;

/** What the company enters for an expense; checked by {@link ExpenseService}. */
public record ExpenseForm(Long lineId, LocalDate spentOn, String supplierName, String supplierNumber,
                          Long supplyAmount, Long vat, PaymentMethod paymentMethod, String description) {
}
