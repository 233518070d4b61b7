package kr.innocluster.portal.program;

/** The application form's copy; written back only through {@link ApplicationService#saveDraft}. */
public class ApplicationDraft {

    private String projectTitle = "";
    private String summary = "";
    private Long requestedAmount;

    public ApplicationDraft() {
    }

    public ApplicationDraft(String projectTitle, String summary, Long requestedAmount) {
        this.projectTitle = projectTitle;
        this.summary = summary;
        this.requestedAmount = requestedAmount;
    }

    public String getProjectTitle() {
        return projectTitle;
    }

    public void setProjectTitle(String projectTitle) {
        this.projectTitle = projectTitle;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Long getRequestedAmount() {
        return requestedAmount;
    }

    public void setRequestedAmount(Long requestedAmount) {
        this.requestedAmount = requestedAmount;
    }
}
