package kr.innocluster.portal.company.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user's membership of their (one) company: the subject is the key, so nobody belongs to two. */
@Entity
@Table(name = "company_member")
public class Membership {

    @Id
    @Column(name = "user_subject")
    private String userSubject;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    private boolean manager;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "access_granted_at")
    private Instant accessGrantedAt;

    protected Membership() {
    }

    public Membership(String userSubject, long companyId, boolean manager, String displayName, String email,
                      Instant joinedAt) {
        this.userSubject = userSubject;
        this.companyId = companyId;
        this.manager = manager;
        this.displayName = displayName;
        this.email = email;
        this.joinedAt = joinedAt;
    }

    public String getUserSubject() {
        return userSubject;
    }

    public long getCompanyId() {
        return companyId;
    }

    public boolean isManager() {
        return manager;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    /** When the portal last asked Keycloak to give this member the company role, or null if never. */
    public Instant getAccessGrantedAt() {
        return accessGrantedAt;
    }

    public void accessGranted(Instant now) {
        this.accessGrantedAt = now;
    }
}
