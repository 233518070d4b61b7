package kr.innocluster.portal.program.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 협약: period, government grant, the company's own contribution and the budget lines of an approved grant. */
@Entity
@Table(name = "grant_agreement")
public class GrantAgreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private GrantApplication application;
    @Column(name = "period_start")
    private LocalDate periodStart;
    @Column(name = "period_end")
    private LocalDate periodEnd;
    @Column(name = "government_grant")
    private long governmentGrant;
    @Column(name = "company_contribution")
    private long companyContribution;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "confirmed_by")
    private String confirmedBy;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AgreementBudgetLine> lines = new ArrayList<>();

    protected GrantAgreement() {
    }

    public GrantAgreement(GrantApplication application, Instant createdAt) {
        this.application = application;
        this.createdAt = createdAt;
    }

    public void terms(LocalDate periodStart, LocalDate periodEnd, long governmentGrant, long companyContribution) {
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.governmentGrant = governmentGrant;
        this.companyContribution = companyContribution;
    }

    public void replaceLines(List<String> items, List<Long> amounts) {
        lines.clear();
        for (int i = 0; i < items.size(); i++) {
            lines.add(new AgreementBudgetLine(this, i + 1, items.get(i), amounts.get(i)));
        }
    }

    public void confirm(String by, Instant now) {
        confirmedBy = by;
        confirmedAt = now;
    }

    public Long getId() {
        return id;
    }

    public GrantApplication getApplication() {
        return application;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public long getGovernmentGrant() {
        return governmentGrant;
    }

    public long getCompanyContribution() {
        return companyContribution;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public List<AgreementBudgetLine> getLines() {
        return lines;
    }
}
