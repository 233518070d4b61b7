package kr.innocluster.portal.company.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kr.innocluster.portal.company.CompanyForm;
import kr.innocluster.portal.company.CompanyStatus;
import kr.innocluster.portal.company.Region;
import kr.innocluster.portal.company.SizeClass;

/**
 * An applicant company. Every change is tracked. What eligibility and verification depend on ({@link VerifiedFacts}:
 * business number, region, industry, size, founding date, revenue) changes at once only while the company is not
 * verified, or by an official; a verified company's member asks for it ({@code ChangeRequest}).
 */
@Entity
@Table(name = "company")
public class Company {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "business_number", nullable = false)
    private String businessNumber;

    private String name;
    @Column(name = "ceo_name")
    private String ceoName;
    private String address;
    @Enumerated(EnumType.STRING)
    private Region region;
    @Column(name = "ksic_code")
    private String ksicCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "size_class")
    private SizeClass sizeClass;
    @Column(name = "founded_on")
    private LocalDate foundedOn;
    private int employees;
    @Column(name = "annual_revenue")
    private long annualRevenue;
    @Column(name = "smart_factory_level")
    private Integer smartFactoryLevel;
    private boolean supplier;
    private boolean demand;
    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Column(name = "contact_email")
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    private CompanyStatus status;
    @Column(name = "status_reason")
    private String statusReason;
    @Column(name = "status_decided_by")
    private String statusDecidedBy;
    @Column(name = "status_decided_at")
    private Instant statusDecidedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private long version;

    protected Company() {
    }

    public Company(String businessNumber, CompanyForm profile, String createdBy, Instant now) {
        this.businessNumber = businessNumber;
        this.status = CompanyStatus.PENDING;
        this.createdBy = createdBy;
        this.createdAt = now;
        updateProfile(profile);
    }

    /** Takes the (already validated) profile, verified facts included, and returns what changed. */
    public List<FieldChange> updateProfile(CompanyForm form) {
        List<FieldChange> changes = new ArrayList<>(applyFacts(VerifiedFacts.of(businessNumber, form)));
        changes.addAll(updateOpenFields(form));
        return changes;
    }

    /** Takes the fields that need no official (contact, name, address, headcount ...) and returns what changed. */
    public List<FieldChange> updateOpenFields(CompanyForm form) {
        List<FieldChange> changes = new ArrayList<>();
        name = track(changes, "name", name, form.getName().strip());
        ceoName = track(changes, "ceoName", ceoName, form.getCeoName().strip());
        address = track(changes, "address", address, form.getAddress().strip());
        employees = track(changes, "employees", employees, form.getEmployees());
        smartFactoryLevel = track(changes, "smartFactoryLevel", smartFactoryLevel, form.getSmartFactoryLevel());
        supplier = track(changes, "supplier", supplier, form.isSupplier());
        demand = track(changes, "demand", demand, form.isDemand());
        contactName = track(changes, "contactName", contactName, form.getContactName().strip());
        contactPhone = track(changes, "contactPhone", contactPhone, form.getContactPhone().strip());
        contactEmail = track(changes, "contactEmail", contactEmail, form.getContactEmail().strip());
        return changes;
    }

    /** Sets what eligibility and verification depend on; returns what changed. */
    public List<FieldChange> applyFacts(VerifiedFacts facts) {
        List<FieldChange> changes = new ArrayList<>();
        businessNumber = track(changes, "businessNumber", businessNumber, facts.businessNumber());
        region = track(changes, "region", region, facts.region());
        ksicCode = track(changes, "ksicCode", ksicCode, facts.ksicCode());
        sizeClass = track(changes, "sizeClass", sizeClass, facts.sizeClass());
        foundedOn = track(changes, "foundedOn", foundedOn, facts.foundedOn());
        annualRevenue = track(changes, "annualRevenue", annualRevenue, facts.annualRevenue());
        return changes;
    }

    public VerifiedFacts facts() {
        return new VerifiedFacts(businessNumber, region, ksicCode, sizeClass, foundedOn, annualRevenue);
    }

    /** A status decision of an official; returns the change for the history. */
    public FieldChange decide(CompanyStatus newStatus, String reason, String decidedBy, Instant now) {
        FieldChange change = new FieldChange("status", status.name(), newStatus.name());
        status = newStatus;
        statusReason = reason;
        statusDecidedBy = decidedBy;
        statusDecidedAt = now;
        return change;
    }

    private static <T> T track(List<FieldChange> changes, String field, T old, T value) {
        if (!Objects.equals(old, value)) {
            changes.add(new FieldChange(field, old == null ? null : text(old), value == null ? null : text(value)));
        }
        return value;
    }

    private static String text(Object value) {
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }

    public Long getId() {
        return id;
    }

    public String getBusinessNumber() {
        return businessNumber;
    }

    public String getName() {
        return name;
    }

    public String getCeoName() {
        return ceoName;
    }

    public String getAddress() {
        return address;
    }

    public Region getRegion() {
        return region;
    }

    public String getKsicCode() {
        return ksicCode;
    }

    public SizeClass getSizeClass() {
        return sizeClass;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public int getEmployees() {
        return employees;
    }

    public long getAnnualRevenue() {
        return annualRevenue;
    }

    public Integer getSmartFactoryLevel() {
        return smartFactoryLevel;
    }

    public boolean isSupplier() {
        return supplier;
    }

    public boolean isDemand() {
        return demand;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public CompanyStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public String getStatusDecidedBy() {
        return statusDecidedBy;
    }

    public Instant getStatusDecidedAt() {
        return statusDecidedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
