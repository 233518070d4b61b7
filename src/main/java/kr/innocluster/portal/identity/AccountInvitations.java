package kr.innocluster.portal.identity;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
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
 * Invites a person into Keycloak through the outbox: the account (e-mail as username) is created with a realm role
 * and the required actions verify e-mail and set password, and Keycloak mails the link. Until Keycloak has taken the
 * command the person is known under a placeholder id, which {@link InvitedAccountCreated} replaces with the real one.
 * The grant is recorded like every other role decision.
 *
 * <p>The public API for other features (officials invite reviewers); they call it after their own access checks.
 */
@Component
public class AccountInvitations {

    static final String PLACEHOLDER_PREFIX = "invite-";

    private final IdentityCommandRepository commands;
    private final RoleChangeRecordRepository changes;
    private final SecurityLog securityLog;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountInvitations(IdentityCommandRepository commands, RoleChangeRecordRepository changes,
                       SecurityLog securityLog, CurrentUser currentUser, ApplicationEventPublisher events,
                       Clock clock) {
        this.commands = commands;
        this.changes = changes;
        this.securityLog = securityLog;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Queues the invitation of {@code email} (name {@code displayName}) with realm role {@code role}; returns the
     * placeholder id the caller stores until {@link InvitedAccountCreated} names the account. Open to every caller:
     * other features' services call it inside their own transaction after their own checks.
     */
    @PermitAll
    @Transactional
    public String invite(String email, String displayName, String role, String reason) {
        if (!Roles.ALL.contains(role)) {
            throw new IllegalArgumentException("Not a realm role of the portal: " + role);
        }
        String placeholder = PLACEHOLDER_PREFIX + UUID.randomUUID();
        String[] names = splitName(displayName.strip());
        IdentityCommand command = commands.save(IdentityCommand.invite(placeholder,
                email.strip().toLowerCase(Locale.ROOT), names[0], names[1], role, clock.instant()));
        PortalUser actor = currentUser.get().orElse(null);
        changes.save(new RoleChangeRecord(command, email.strip().toLowerCase(Locale.ROOT), true, reason.strip(),
                actor == null ? RoleGrants.SYSTEM : actor.subject(),
                actor == null ? RoleGrants.SYSTEM : actor.username(), clock.instant()));
        securityLog.roleChanged(placeholder, role, true);
        events.publishEvent(new IdentityOutbox.CommandQueued(command.getId()));
        return placeholder;
    }

    /** Whether {@code userId} is an invitation's placeholder (the account does not exist in Keycloak yet). */
    static boolean isPlaceholder(String userId) {
        return userId != null && userId.startsWith(PLACEHOLDER_PREFIX);
    }

    /**
     * Keycloak's first and last name from one display name: "Jane Doe" gives Jane / Doe; a Korean name without a
     * space gives its first syllable as family name (a person's profile is complete, so Keycloak asks nothing more).
     */
    static String[] splitName(String name) {
        int space = name.lastIndexOf(' ');
        if (space > 0) {
            return new String[] {name.substring(0, space).strip(), name.substring(space + 1)};
        }
        if (name.length() >= 2 && Character.UnicodeScript.of(name.codePointAt(0)) == Character.UnicodeScript.HANGUL) {
            return new String[] {name.substring(1), name.substring(0, 1)};
        }
        return new String[] {name, name};
    }
}
