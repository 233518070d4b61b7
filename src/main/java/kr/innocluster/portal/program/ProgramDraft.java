package kr.innocluster.portal.program;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kr.innocluster.portal.company.Region;
import kr.innocluster.portal.company.SizeClass;

/**
 * The program form's copy: edited in the form, written back only through {@link ProgramService}. The rubric starts
 * empty; the editor fills in the usual items in the official's language.
 */
public class ProgramDraft {

    private String title = "";
    private String hostOrganisation = "";
    private ProgramCategory category = ProgramCategory.MANUFACTURING_AX;
    private String description = "";
    private Long totalBudget;
    private Long maxGrant;
    /** Asia/Seoul wall-clock time, as officials think of a deadline. */
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private boolean blindReview;
    private Integer passThreshold = 60;
    private Set<FileType> fileTypes = EnumSet.of(FileType.PDF, FileType.HWP);
    private Integer maxFileMb = 20;
    private String requiredDocuments = "";
    private Set<Region> regions = new LinkedHashSet<>();
    private Set<SizeClass> sizeClasses = new LinkedHashSet<>();
    private String ksicPrefixes = "";
    private Integer minSmartFactoryLevel;
    private boolean requireConfirmedLevel;
    private Integer maxCompanyAgeYears;
    private List<RubricLine> rubric = new ArrayList<>();
    private long version;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getHostOrganisation() {
        return hostOrganisation;
    }

    public void setHostOrganisation(String hostOrganisation) {
        this.hostOrganisation = hostOrganisation;
    }

    public ProgramCategory getCategory() {
        return category;
    }

    public void setCategory(ProgramCategory category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getTotalBudget() {
        return totalBudget;
    }

    public void setTotalBudget(Long totalBudget) {
        this.totalBudget = totalBudget;
    }

    public Long getMaxGrant() {
        return maxGrant;
    }

    public void setMaxGrant(Long maxGrant) {
        this.maxGrant = maxGrant;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public boolean isBlindReview() {
        return blindReview;
    }

    public void setBlindReview(boolean blindReview) {
        this.blindReview = blindReview;
    }

    public Integer getPassThreshold() {
        return passThreshold;
    }

    public void setPassThreshold(Integer passThreshold) {
        this.passThreshold = passThreshold;
    }

    public Set<FileType> getFileTypes() {
        return fileTypes;
    }

    public void setFileTypes(Set<FileType> fileTypes) {
        this.fileTypes = fileTypes;
    }

    public Integer getMaxFileMb() {
        return maxFileMb;
    }

    public void setMaxFileMb(Integer maxFileMb) {
        this.maxFileMb = maxFileMb;
    }

    public String getRequiredDocuments() {
        return requiredDocuments;
    }

    public void setRequiredDocuments(String requiredDocuments) {
        this.requiredDocuments = requiredDocuments;
    }

    public Set<Region> getRegions() {
        return regions;
    }

    public void setRegions(Set<Region> regions) {
        this.regions = regions;
    }

    public Set<SizeClass> getSizeClasses() {
        return sizeClasses;
    }

    public void setSizeClasses(Set<SizeClass> sizeClasses) {
        this.sizeClasses = sizeClasses;
    }

    public String getKsicPrefixes() {
        return ksicPrefixes;
    }

    public void setKsicPrefixes(String ksicPrefixes) {
        this.ksicPrefixes = ksicPrefixes;
    }

    public boolean isRequireConfirmedLevel() {
        return requireConfirmedLevel;
    }

    public void setRequireConfirmedLevel(boolean requireConfirmedLevel) {
        this.requireConfirmedLevel = requireConfirmedLevel;
    }

    public Integer getMinSmartFactoryLevel() {
        return minSmartFactoryLevel;
    }

    public void setMinSmartFactoryLevel(Integer minSmartFactoryLevel) {
        this.minSmartFactoryLevel = minSmartFactoryLevel;
    }

    public Integer getMaxCompanyAgeYears() {
        return maxCompanyAgeYears;
    }

    public void setMaxCompanyAgeYears(Integer maxCompanyAgeYears) {
        this.maxCompanyAgeYears = maxCompanyAgeYears;
    }

    public List<RubricLine> getRubric() {
        return rubric;
    }

    public void setRubric(List<RubricLine> rubric) {
        this.rubric = rubric;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
