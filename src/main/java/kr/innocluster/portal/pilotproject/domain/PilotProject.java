package kr.innocluster.portal.pilotproject.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kr.innocluster.portal.pilotproject.DataScope;
import kr.innocluster.portal.pilotproject.PilotIndustry;
import kr.innocluster.portal.pilotproject.ProjectStatus;
import kr.innocluster.portal.pilotproject.TechnologyTag;

/** A company's pilot project with its KPIs and its current data terms (their history is in {@link TermsRecord}). */
@Entity
@Table(name = "pp_project")
public class PilotProject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "company_name", nullable = false)
    private String companyName;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String solution;

    @Column(nullable = false)
    private String objective;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PilotIndustry industry;

    @Column(name = "planned_runs", nullable = false)
    private int plannedRuns;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectStatus status = ProjectStatus.PLANNED;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_scope", nullable = false)
    private DataScope dataScope;

    @Column(name = "publish_verification", nullable = false)
    private boolean publishVerification;

    @Column(name = "terms_version", nullable = false)
    private String termsVersion;

    @Column(name = "terms_agreed_at", nullable = false)
    private Instant termsAgreedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "certificate_code")
    private String certificateCode;

    @Column(name = "verified_by_name")
    private String verifiedByName;

    @Column(name = "verified_by_role")
    private String verifiedByRole;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pp_project_tag", joinColumns = @JoinColumn(name = "project_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "tag")
    private Set<TechnologyTag> tags = EnumSet.noneOf(TechnologyTag.class);

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Kpi> kpis = new ArrayList<>();

    protected PilotProject() {
    }

    @SuppressWarnings("java:S107")
    public PilotProject(long companyId, String companyName, String title, String solution, String objective,
                        PilotIndustry industry, Set<TechnologyTag> tags, int plannedRuns, DataScope dataScope,
                        boolean publishVerification, String termsVersion, String createdBy, Instant now) {
        this.companyId = companyId;
        this.companyName = companyName;
        this.title = title;
        this.solution = solution;
        this.objective = objective;
        this.industry = industry;
        this.tags = tags.isEmpty() ? EnumSet.noneOf(TechnologyTag.class) : EnumSet.copyOf(tags);
        this.plannedRuns = plannedRuns;
        this.dataScope = dataScope;
        this.publishVerification = publishVerification;
        this.termsVersion = termsVersion;
        this.termsAgreedAt = now;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void addKpi(String name, String unit, kr.innocluster.portal.pilotproject.KpiComparator comparator,
                       java.math.BigDecimal target) {
        kpis.add(new Kpi(this, kpis.size() + 1, name, unit, comparator, target));
    }

    /** New terms (narrower or equal, checked by the service); a published case the library may no longer show goes back. */
    public void changeTerms(DataScope scope, boolean publish, String version, Instant now) {
        this.dataScope = scope;
        this.publishVerification = publish;
        this.termsVersion = version;
        this.termsAgreedAt = now;
        if (status == ProjectStatus.PUBLISHED && !scope.library()) {
            status = ProjectStatus.VERIFIED;
            publishedAt = null;
        }
    }

    public void withdraw(Instant now) {
        this.withdrawnAt = now;
        this.dataScope = DataScope.COMPANY_ONLY;
        this.publishVerification = false;
        this.status = ProjectStatus.WITHDRAWN;
        this.publishedAt = null;
    }

    public void moveTo(ProjectStatus next) {
        this.status = next;
    }

    public void verified(String code, String verifierName, String verifierRole, Instant now) {
        this.certificateCode = code;
        this.verifiedByName = verifierName;
        this.verifiedByRole = verifierRole;
        this.verifiedAt = now;
        this.status = ProjectStatus.VERIFIED;
    }

    public void published(Instant now) {
        this.status = ProjectStatus.PUBLISHED;
        this.publishedAt = now;
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getCompanyId() {
        return companyId;
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getTitle() {
        return title;
    }

    public String getSolution() {
        return solution;
    }

    public String getObjective() {
        return objective;
    }

    public PilotIndustry getIndustry() {
        return industry;
    }

    public int getPlannedRuns() {
        return plannedRuns;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public DataScope getDataScope() {
        return dataScope;
    }

    public boolean isPublishVerification() {
        return publishVerification;
    }

    public String getTermsVersion() {
        return termsVersion;
    }

    public Instant getTermsAgreedAt() {
        return termsAgreedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getCertificateCode() {
        return certificateCode;
    }

    public String getVerifiedByName() {
        return verifiedByName;
    }

    public String getVerifiedByRole() {
        return verifiedByRole;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public Set<TechnologyTag> getTags() {
        return tags;
    }

    public List<Kpi> getKpis() {
        return kpis;
    }
}
