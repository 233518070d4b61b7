package kr.innocluster.portal.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** Someone officials may assign as a reviewer. */
@Entity
@Table(name = "program_reviewer")
public class ProgramReviewer {

    public static final String INVITED = "INVITED";
    public static final String ACTIVE = "ACTIVE";
    public static final String DEACTIVATED = "DEACTIVATED";

    @Id
    private String subject;
    @Column(name = "display_name")
    private String displayName;
    private String email;
    @Column(name = "registered_at")
    private Instant registeredAt;
    private String affiliation;
    @Column(name = "expertise_sections")
    private String expertiseSections = "";
    private String keywords;
    private String status = ACTIVE;
    @Column(name = "invited_at")
    private Instant invitedAt;
    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    protected ProgramReviewer() {
    }

    public ProgramReviewer(String subject, String displayName, String email, Instant registeredAt) {
        this.subject = subject;
        this.displayName = displayName;
        this.email = email;
        this.registeredAt = registeredAt;
    }

    /** An official invited this person; {@code subject} is the invitation's placeholder until Keycloak has the account. */
    public static ProgramReviewer invited(String subject, String displayName, String email, String affiliation,
                                          List<String> sections, String keywords, Instant now) {
        ProgramReviewer reviewer = new ProgramReviewer(subject, displayName, email, now);
        reviewer.status = INVITED;
        reviewer.invitedAt = now;
        reviewer.expertise(affiliation, sections, keywords);
        return reviewer;
    }

    public void expertise(String affiliation, List<String> sections, String keywords) {
        this.affiliation = affiliation;
        this.expertiseSections = String.join(",", sections);
        this.keywords = keywords;
    }

    /** The reviewer signed in: their name and e-mail as Keycloak knows them; an invitation is now taken up. */
    public void update(String displayName, String email) {
        this.displayName = displayName;
        this.email = email;
        if (INVITED.equals(status)) {
            status = ACTIVE;
        }
    }

    public void deactivate(Instant now) {
        status = DEACTIVATED;
        deactivatedAt = now;
    }

    public boolean isDeactivated() {
        return DEACTIVATED.equals(status);
    }

    public List<String> getSections() {
        return expertiseSections == null || expertiseSections.isEmpty() ? List.of()
                : List.of(expertiseSections.split(","));
    }

    public String getAffiliation() {
        return affiliation;
    }

    public String getKeywords() {
        return keywords;
    }

    public String getStatus() {
        return status;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getDeactivatedAt() {
        return deactivatedAt;
    }

    public String getSubject() {
        return subject;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }
}
