package kr.innocluster.portal.program.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.innocluster.portal.program.ApplicationStatus;

@Entity
@Table(name = "grant_application")
public class GrantApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    private Program program;
    @Column(name = "company_id")
    private long companyId;
    @Column(name = "company_name")
    private String companyName;
    @Column(name = "applicant_subject")
    private String applicantSubject;
    @Column(name = "applicant_name")
    private String applicantName;
    @Column(name = "applicant_email")
    private String applicantEmail;
    /** ISO language ("ko", "en") the applicant chose; decisions are written to them in it (null: Korean). */
    @Column(name = "applicant_language")
    private String applicantLanguage;
    @Column(name = "project_title")
    private String projectTitle;
    private String summary;
    @Column(name = "requested_amount")
    private long requestedAmount;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus status = ApplicationStatus.DRAFT;
    @Column(name = "correction_note")
    private String correctionNote;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "granted_amount")
    private Long grantedAmount;
    private Boolean eligible;
    @Column(name = "eligibility_notes")
    private String eligibilityNotes;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Version
    private long version;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ApplicationDocument> documents = new ArrayList<>();

    protected GrantApplication() {
    }

    public GrantApplication(Program program, long companyId, String companyName, String applicantSubject,
                            String applicantName, String applicantEmail, Instant now) {
        this.program = program;
        this.companyId = companyId;
        this.companyName = companyName;
        this.applicantSubject = applicantSubject;
        this.applicantName = applicantName;
        this.applicantEmail = applicantEmail;
        this.createdAt = now;
    }

    public void edit(String projectTitle, String summary, long requestedAmount) {
        this.projectTitle = projectTitle;
        this.summary = summary == null ? "" : summary;
        this.requestedAmount = requestedAmount;
    }

    public ApplicationDocument attach(String requirement, String fileName, String fileType, long size, String key,
                                      Instant now) {
        ApplicationDocument document = new ApplicationDocument(this, requirement, fileName, fileType, size, key, now);
        documents.add(document);
        return document;
    }

    /** Submission records the eligibility check of that moment for intake. */
    public void submit(Instant now, boolean eligible, String eligibilityNotes) {
        this.eligible = eligible;
        this.eligibilityNotes = eligibilityNotes;
        status = ApplicationStatus.SUBMITTED;
        submittedAt = now;
        correctionNote = null;
    }

    public void applicantLanguage(String language) {
        this.applicantLanguage = language;
    }

    public void moveTo(ApplicationStatus next) {
        status = next;
    }

    public void requestCorrection(String note) {
        status = ApplicationStatus.INCOMPLETE;
        correctionNote = note;
    }

    public void decide(ApplicationStatus decision, Long amount, String reason, Instant now) {
        status = decision;
        grantedAmount = amount;
        decisionReason = reason;
        decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Program getProgram() {
        return program;
    }

    public long getCompanyId() {
        return companyId;
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getApplicantSubject() {
        return applicantSubject;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public String getApplicantLanguage() {
        return applicantLanguage;
    }

    public String getApplicantEmail() {
        return applicantEmail;
    }

    public String getProjectTitle() {
        return projectTitle;
    }

    public String getSummary() {
        return summary;
    }

    public long getRequestedAmount() {
        return requestedAmount;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getCorrectionNote() {
        return correctionNote;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Long getGrantedAmount() {
        return grantedAmount;
    }

    public Boolean getEligible() {
        return eligible;
    }

    public String getEligibilityNotes() {
        return eligibilityNotes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<ApplicationDocument> getDocuments() {
        return documents;
    }
}
