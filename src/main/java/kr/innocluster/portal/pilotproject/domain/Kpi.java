package kr.innocluster.portal.pilotproject.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import kr.innocluster.portal.pilotproject.KpiComparator;

/** One KPI of a project: the target the company set, and the result the staff recorded. */
@Entity
@Table(name = "pp_kpi")
public class Kpi {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private PilotProject project;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private KpiComparator comparator;

    @Column(nullable = false)
    private BigDecimal target;

    private BigDecimal measured;

    private String method;

    private Boolean met;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Kpi() {
    }

    Kpi(PilotProject project, int position, String name, String unit, KpiComparator comparator, BigDecimal target) {
        this.project = project;
        this.position = position;
        this.name = name;
        this.unit = unit;
        this.comparator = comparator;
        this.target = target;
    }

    public void record(BigDecimal measured, String method, String recordedBy, Instant now) {
        this.measured = measured;
        this.method = method;
        this.met = comparator.met(measured, target);
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public KpiComparator getComparator() {
        return comparator;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public BigDecimal getMeasured() {
        return measured;
    }

    public String getMethod() {
        return method;
    }

    public Boolean getMet() {
        return met;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
