package kr.innocluster.portal.program.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import kr.innocluster.portal.company.Region;
import kr.innocluster.portal.company.SizeClass;
import kr.innocluster.portal.program.EligibilityRules;
import kr.innocluster.portal.program.FileType;
import kr.innocluster.portal.program.ProgramCategory;
import kr.innocluster.portal.program.ProgramStatus;

@Entity
@Table(name = "program")
public class Program {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    @Column(name = "host_organisation")
    private String hostOrganisation;
    @Enumerated(EnumType.STRING)
    private ProgramCategory category;
    private String description;
    @Column(name = "total_budget")
    private long totalBudget;
    @Column(name = "max_grant")
    private long maxGrant;
    /** Changed only by {@link ProgramRepository#reserveBudget}; never written from the entity. */
    @Column(name = "approved_total", insertable = false, updatable = false)
    private long approvedTotal;
    @Column(name = "opens_at")
    private Instant opensAt;
    @Column(name = "closes_at")
    private Instant closesAt;
    @Enumerated(EnumType.STRING)
    private ProgramStatus status = ProgramStatus.DRAFT;
    @Column(name = "blind_review")
    private boolean blindReview;
    @Column(name = "pass_threshold")
    private int passThreshold;
    @Column(name = "allowed_file_types")
    private String allowedFileTypes;
    @Column(name = "max_file_mb")
    private int maxFileMb;
    @Column(name = "required_documents")
    private String requiredDocuments;
    /** Comma-joined {@link Region} names (a check constraint allows nothing else); empty: every region. */
    @Column(name = "eligible_regions")
    private String eligibleRegions;
    /** Comma-joined {@link SizeClass} names; empty: every size. */
    @Column(name = "eligible_size_classes")
    private String eligibleSizeClasses;
    @Column(name = "eligible_ksic")
    private String eligibleKsic;
    @Column(name = "min_smart_factory_level")
    private Integer minSmartFactoryLevel;

    @Column(name = "requires_confirmed_level", nullable = false)
    private boolean requiresConfirmedLevel;
    @Column(name = "max_company_age_years")
    private Integer maxCompanyAgeYears;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Version
    private long version;

    @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<RubricItem> rubric = new ArrayList<>();

    protected Program() {
    }

    public Program(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public void describe(String title, String hostOrganisation, ProgramCategory category, String description) {
        this.title = title;
        this.hostOrganisation = hostOrganisation;
        this.category = category;
        this.description = description == null ? "" : description;
    }

    public void budget(long totalBudget, long maxGrant) {
        this.totalBudget = totalBudget;
        this.maxGrant = maxGrant;
    }

    public void window(Instant opensAt, Instant closesAt) {
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    public void review(boolean blindReview, int passThreshold) {
        this.blindReview = blindReview;
        this.passThreshold = passThreshold;
    }

    public void documents(List<FileType> types, int maxFileMb, List<String> required) {
        this.allowedFileTypes = String.join(",", types.stream().map(Enum::name).toList());
        this.maxFileMb = maxFileMb;
        this.requiredDocuments = String.join("\n", required);
    }

    public void rules(EligibilityRules rules) {
        this.eligibleRegions = String.join(",", rules.regions().stream().map(Enum::name).toList());
        this.eligibleSizeClasses = String.join(",", rules.sizeClasses().stream().map(Enum::name).toList());
        this.eligibleKsic = String.join(",", rules.ksicPrefixes());
        this.minSmartFactoryLevel = rules.minSmartFactoryLevel();
        this.maxCompanyAgeYears = rules.maxCompanyAgeYears();
        this.requiresConfirmedLevel = rules.requireConfirmedLevel();
    }

    public void replaceRubric(List<String> names, List<Integer> weights) {
        rubric.clear();
        for (int i = 0; i < names.size(); i++) {
            rubric.add(new RubricItem(this, i + 1, names.get(i), weights.get(i)));
        }
    }

    public void publish(Instant now) {
        status = ProgramStatus.PUBLISHED;
        publishedAt = now;
    }

    public void complete() {
        status = ProgramStatus.COMPLETED;
    }

    public boolean acceptsApplicationsAt(Instant now) {
        return status == ProgramStatus.PUBLISHED && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public EligibilityRules eligibilityRules() {
        return new EligibilityRules(names(eligibleRegions, Region::valueOf),
                names(eligibleSizeClasses, SizeClass::valueOf), split(eligibleKsic, ","), minSmartFactoryLevel,
                maxCompanyAgeYears, requiresConfirmedLevel);
    }

    public List<FileType> fileTypes() {
        return split(allowedFileTypes, ",").stream().map(FileType::valueOf).toList();
    }

    public List<String> requiredDocumentList() {
        return split(requiredDocuments, "\n");
    }

    private static <E> List<E> names(String value, Function<String, E> valueOf) {
        return split(value, ",").stream().map(valueOf).toList();
    }

    private static List<String> split(String value, String separator) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getHostOrganisation() {
        return hostOrganisation;
    }

    public ProgramCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public long getTotalBudget() {
        return totalBudget;
    }

    public long getMaxGrant() {
        return maxGrant;
    }

    public long getApprovedTotal() {
        return approvedTotal;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public ProgramStatus getStatus() {
        return status;
    }

    public boolean isBlindReview() {
        return blindReview;
    }

    public int getPassThreshold() {
        return passThreshold;
    }

    public int getMaxFileMb() {
        return maxFileMb;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<RubricItem> getRubric() {
        return rubric;
    }
}
