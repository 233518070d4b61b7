package kr.innocluster.portal.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** When a person's roles last changed in Keycloak; open sessions older than that refresh at their next navigation. */
@Entity
@Table(name = "identity_session_stamp")
public class SessionStamp {

    @Id
    @Column(name = "user_id")
    private String userId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected SessionStamp() {
    }

    public String getUserId() {
        return userId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
