package kr.innocluster.portal.pilotproject;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What a company fills in to open a pilot project; a copy the form edits, checked by the service. */
public class ProjectForm {

    private String title = "";
    private String solution = "";
    private String objective = "";
    private PilotIndustry industry;
    private Set<TechnologyTag> tags = EnumSet.noneOf(TechnologyTag.class);
    private Integer plannedRuns = 1;
    private List<KpiTarget> kpis = new ArrayList<>();
    private DataScope scope;
    private boolean publishVerification;
    private boolean termsAgreed;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSolution() {
        return solution;
    }

    public void setSolution(String solution) {
        this.solution = solution;
    }

    public String getObjective() {
        return objective;
    }

    public void setObjective(String objective) {
        this.objective = objective;
    }

    public PilotIndustry getIndustry() {
        return industry;
    }

    public void setIndustry(PilotIndustry industry) {
        this.industry = industry;
    }

    public Set<TechnologyTag> getTags() {
        return tags;
    }

    public void setTags(Set<TechnologyTag> tags) {
        this.tags = tags == null || tags.isEmpty() ? EnumSet.noneOf(TechnologyTag.class) : EnumSet.copyOf(tags);
    }

    public Integer getPlannedRuns() {
        return plannedRuns;
    }

    public void setPlannedRuns(Integer plannedRuns) {
        this.plannedRuns = plannedRuns;
    }

    public List<KpiTarget> getKpis() {
        return kpis;
    }

    public void setKpis(List<KpiTarget> kpis) {
        this.kpis = kpis == null ? new ArrayList<>() : new ArrayList<>(kpis);
    }

    public DataScope getScope() {
        return scope;
    }

    public void setScope(DataScope scope) {
        this.scope = scope;
    }

    public boolean isPublishVerification() {
        return publishVerification;
    }

    public void setPublishVerification(boolean publishVerification) {
        this.publishVerification = publishVerification;
    }

    public boolean isTermsAgreed() {
        return termsAgreed;
    }

    public void setTermsAgreed(boolean termsAgreed) {
        this.termsAgreed = termsAgreed;
    }
}
