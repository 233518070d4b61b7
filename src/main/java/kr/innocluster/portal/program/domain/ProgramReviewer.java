package kr.innocluster.portal.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone officials may assign as a reviewer. */
@Entity
@Table(name = "program_reviewer")
public class ProgramReviewer {

    @Id
    private String subject;
    @Column(name = "display_name")
    private String displayName;
    private String email;
    @Column(name = "registered_at")
    private Instant registeredAt;

    protected ProgramReviewer() {
    }

    public ProgramReviewer(String subject, String displayName, String email, Instant registeredAt) {
        this.subject = subject;
        this.displayName = displayName;
        this.email = email;
        this.registeredAt = registeredAt;
    }

    public void update(String displayName, String email) {
        this.displayName = displayName;
        this.email = email;
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
