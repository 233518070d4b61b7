package kr.innocluster.portal.company.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The smart-factory level a mentor or an official confirmed on site; replaced by each later confirmation. */
@Entity
@Table(name = "company_confirmed_level")
public class ConfirmedLevel {

    @Id
    @Column(name = "company_id")
    private Long companyId;

    @Column(nullable = false)
    private int level;

    @Column(name = "confirmed_on", nullable = false)
    private LocalDate confirmedOn;

    @Column(name = "confirmed_by", nullable = false)
    private String confirmedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ConfirmedLevel() {
    }

    public ConfirmedLevel(long companyId) {
        this.companyId = companyId;
    }

    public void confirm(int newLevel, LocalDate on, String by, Instant at) {
        this.level = newLevel;
        this.confirmedOn = on;
        this.confirmedBy = by;
        this.recordedAt = at;
    }

    public long getCompanyId() {
        return companyId;
    }

    public int getLevel() {
        return level;
    }

    public LocalDate getConfirmedOn() {
        return confirmedOn;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }
}
