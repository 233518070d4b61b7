package kr.innocluster.portal.program.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "agreement_budget_line")
public class AgreementBudgetLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id")
    private GrantAgreement agreement;
    private int position;
    private String item;
    private long amount;

    protected AgreementBudgetLine() {
    }

    AgreementBudgetLine(GrantAgreement agreement, int position, String item, long amount) {
        this.agreement = agreement;
        this.position = position;
        this.item = item;
        this.amount = amount;
    }

    public String getItem() {
        return item;
    }

    public long getAmount() {
        return amount;
    }
}
