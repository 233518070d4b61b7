package kr.innocluster.portal.pilotfactory.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import kr.innocluster.portal.pilotfactory.ResourceKind;

/** A bookable line, cell, station or server of the pilot factory. */
@Entity
@Table(name = "pf_resource")
public class FactoryResource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ResourceKind kind;

    @Column(nullable = false)
    private String site;

    private String location;

    private String description;

    @Column(name = "slot_minutes", nullable = false)
    private int slotMinutes;

    @Column(name = "min_minutes", nullable = false)
    private int minMinutes;

    @Column(name = "max_minutes", nullable = false)
    private int maxMinutes;

    @Column(name = "lead_hours", nullable = false)
    private int leadHours;

    @Column(name = "monthly_quota_hours")
    private Integer monthlyQuotaHours;

    @Column(name = "requires_approved_application", nullable = false)
    private boolean requiresApprovedApplication;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pf_opening_hours", joinColumns = @JoinColumn(name = "resource_id"))
    private List<OpeningWindow> openingHours = new ArrayList<>();

    protected FactoryResource() {
    }

    public FactoryResource(Instant createdAt) {
        this.createdAt = createdAt;
    }

    @SuppressWarnings("java:S107")
    public void update(String name, ResourceKind kind, String site, String location, String description,
                       int slotMinutes, int minMinutes, int maxMinutes, int leadHours, Integer monthlyQuotaHours,
                       boolean requiresApprovedApplication, boolean active) {
        this.name = name;
        this.kind = kind;
        this.site = site;
        this.location = location;
        this.description = description;
        this.slotMinutes = slotMinutes;
        this.minMinutes = minMinutes;
        this.maxMinutes = maxMinutes;
        this.leadHours = leadHours;
        this.monthlyQuotaHours = monthlyQuotaHours;
        this.requiresApprovedApplication = requiresApprovedApplication;
        this.active = active;
    }

    public void replaceOpeningHours(Collection<OpeningWindow> windows) {
        openingHours.clear();
        openingHours.addAll(windows);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public String getSite() {
        return site;
    }

    public String getLocation() {
        return location;
    }

    public String getDescription() {
        return description;
    }

    public int getSlotMinutes() {
        return slotMinutes;
    }

    public int getMinMinutes() {
        return minMinutes;
    }

    public int getMaxMinutes() {
        return maxMinutes;
    }

    public int getLeadHours() {
        return leadHours;
    }

    public Integer getMonthlyQuotaHours() {
        return monthlyQuotaHours;
    }

    public boolean isRequiresApprovedApplication() {
        return requiresApprovedApplication;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    public List<OpeningWindow> getOpeningHours() {
        return openingHours;
    }
}
