package kr.innocluster.portal.grant;

import java.time.LocalDate;
import java.util.List;

/** A recorded expense; amount is what counts against the line (VAT included only when it is not refundable). */
public record ExpenseView(long id, long lineId, String category, LocalDate spentOn, String supplierName,
                          String supplierNumber, long supplyAmount, long vat, long amount, PaymentMethod paymentMethod,
                          String description, ExpenseStatus status, String reason, String recordedBy,
                          List<FileView> files) {

    public ExpenseView {
        files = List.copyOf(files);
    }
}
