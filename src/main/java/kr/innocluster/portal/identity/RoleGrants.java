package kr.innocluster.portal.identity;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.identity.domain.IdentityCommand;
import kr.innocluster.portal.identity.domain.IdentityCommandRepository;
import kr.innocluster.portal.identity.domain.RoleChangeRecord;
import kr.innocluster.portal.identity.domain.RoleChangeRecordRepository;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.securitylog.SecurityLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants and revokes realm roles in Keycloak through the outbox: the decision, its reason and the command are stored
 * in the caller's transaction (and the security log written with them); the command reaches Keycloak right after
 * the commit or, while Keycloak is away, when it returns. Who decided is the current user ("system" for jobs).
 *
 * <p>The public API for other features (company verification grants {@code company}, reviewer invitations grant
 * {@code reviewer}); they call it after their own access checks. Administrators use {@link IdentityService}.
 */
@Component
public class RoleGrants {

    static final String SYSTEM = "system";
    private static final int MAX_REASON = 1000;

    private final IdentityCommandRepository commands;
    private final RoleChangeRecordRepository changes;
    private final SecurityLog securityLog;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoleGrants(IdentityCommandRepository commands, RoleChangeRecordRepository changes, SecurityLog securityLog,
               CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.commands = commands;
        this.changes = changes;
        this.securityLog = securityLog;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Gives the person (Keycloak subject {@code userId}, shown as {@code username} in the history) a realm role.
     * Open to every caller: other features' services call it inside their own transaction after their own checks.
     */
    @PermitAll
    @Transactional
    public RoleChange grant(String userId, String username, String role, String reason) {
        return decide(IdentityCommand.Kind.GRANT_REALM_ROLE, userId, username, role, reason);
    }

    /** Takes a realm role away; like {@link #grant}. */
    @PermitAll
    @Transactional
    public RoleChange revoke(String userId, String username, String role, String reason) {
        return decide(IdentityCommand.Kind.REVOKE_REALM_ROLE, userId, username, role, reason);
    }

    private RoleChange decide(IdentityCommand.Kind kind, String userId, String username, String role, String reason) {
        if (!Roles.ALL.contains(role)) {
            throw new IllegalArgumentException("Not a realm role of the portal: " + role);
        }
        if (reason == null || reason.isBlank()) {
            throw RuleException.onField("reason", "identity.reason.required");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw RuleException.onField("reason", "identity.reason.tooLong", MAX_REASON);
        }
        boolean grant = kind == IdentityCommand.Kind.GRANT_REALM_ROLE;
        IdentityCommand command = commands.save(new IdentityCommand(kind, userId, role, clock.instant()));
        PortalUser actor = currentUser.get().orElse(null);
        RoleChangeRecord record = changes.save(new RoleChangeRecord(command, username, grant, reason.strip(),
                actor == null ? SYSTEM : actor.subject(), actor == null ? SYSTEM : actor.username(), clock.instant()));
        securityLog.roleChanged(userId, role, grant);
        events.publishEvent(new IdentityOutbox.CommandQueued(command.getId()));
        return RoleChanges.of(record);
    }
}
