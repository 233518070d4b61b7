package kr.innocluster.portal.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kr.innocluster.portal.identity.domain.IdentityCommand;
import kr.innocluster.portal.identity.domain.IdentityCommandRepository;
import kr.innocluster.portal.identity.domain.SessionStampRepository;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the portal's commands to Keycloak: right after the transaction that decided them commits, and on a schedule
 * (one node at a time, ShedLock) for whatever is due, with a back-off that doubles while Keycloak is away. Commands for
 * one person go in the order they were decided; rows are locked with SKIP LOCKED, so no command is applied twice.
 * An applied command stamps the person, so their open sessions pick up the new roles at the next navigation.
 */
@Component
class IdentityOutbox {

    private static final Logger log = LoggerFactory.getLogger(IdentityOutbox.class);
    private static final int BATCH = 20;
    private static final List<String> INVITATION_ACTIONS = List.of("VERIFY_EMAIL", "UPDATE_PASSWORD");

    private final IdentityCommandRepository commands;
    private final SessionStampRepository stamps;
    private final KeycloakAdminApi keycloak;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final Duration invitationLifespan;
    private final String portalClientId;
    private final String portalUrl;
    private final ApplicationEventPublisher events;

    IdentityOutbox(IdentityCommandRepository commands, SessionStampRepository stamps, KeycloakAdminApi keycloak,
                   Clock clock, PlatformTransactionManager transactions,
                   @Value("${portal.identity.outbox.first-backoff:PT5S}") Duration firstBackoff,
                   @Value("${portal.identity.outbox.max-backoff:PT5M}") Duration maxBackoff,
                   @Value("${portal.identity.invitation-lifespan:P7D}") Duration invitationLifespan,
                   @Value("${spring.security.oauth2.client.registration.keycloak.client-id:portal}")
                   String portalClientId,
                   @Value("${portal.base-url}") String portalUrl, ApplicationEventPublisher events) {
        this.commands = commands;
        this.stamps = stamps;
        this.keycloak = keycloak;
        this.clock = clock;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
        this.invitationLifespan = invitationLifespan;
        this.portalClientId = portalClientId;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl : portalUrl + "/";
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A decision was committed: try to apply it at once (the person may be navigating right now). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onQueued(CommandQueued event) {
        applyDue();
    }

    @Scheduled(initialDelayString = "${portal.identity.outbox.retry-delay:15s}",
            fixedDelayString = "${portal.identity.outbox.retry-delay:15s}")
    @SchedulerLock(name = "identity-outbox", lockAtMostFor = "PT5M")
    public void retry() {
        applyDue();
    }

    /** Applies what is due now, in a transaction of its own; returns how many commands Keycloak took. */
    int applyDue() {
        Integer applied = transaction.execute(status -> applyLocked());
        return applied == null ? 0 : applied;
    }

    private int applyLocked() {
        Instant now = clock.instant();
        List<IdentityCommand> due = commands.lockDue(now, BATCH);
        int applied = 0;
        for (IdentityCommand command : due) {
            if (commands.hasEarlierOpen(command.getUserId(), command.getId())) {
                continue; // keeps the order of decisions for one person
            }
            try {
                String target = apply(command);
                command.markApplied(clock.instant());
                stamps.stamp(target, clock.instant());
                applied++;
                log.info("[identity] applied #{} {} {} for {}", command.getId(), command.getKind(), command.getRole(),
                        command.getUserId());
            } catch (KeycloakUserMissingException missing) {
                command.abandon(missing.getMessage(), clock.instant());
                log.warn("[identity] #{} abandoned: {}", command.getId(), missing.getMessage());
            } catch (KeycloakUnavailableException unavailable) {
                command.markFailed(unavailable.getMessage(), clock.instant(), firstBackoff, maxBackoff);
                log.warn("[identity] #{} not applied (attempt {}), will retry at {}: {}", command.getId(),
                        command.getAttempts(), command.getNextAttemptAt(), unavailable.getMessage());
                break; // Keycloak is away: the rest waits for the next round
            }
        }
        return applied;
    }

    /** Applies one command; returns the Keycloak id of the person it changed. */
    private String apply(IdentityCommand command) {
        if (command.getKind() == IdentityCommand.Kind.INVITE_USER) {
            return invite(command);
        }
        String userId = target(command.getUserId());
        switch (command.getKind()) {
            case GRANT_REALM_ROLE -> keycloak.grantRealmRole(userId, command.getRole());
            case REVOKE_REALM_ROLE -> keycloak.revokeRealmRole(userId, command.getRole());
            default -> throw new IllegalStateException("Unknown command " + command.getKind());
        }
        return userId;
    }

    /**
     * Creates the invited account (or finds it, when an earlier attempt got that far), maps the role and has Keycloak
     * mail the link for verifying the e-mail and setting a password. Every step may be repeated safely. The created id
     * is recorded and announced in this transaction, so features replace the placeholder with it.
     */
    private String invite(IdentityCommand command) {
        String userId = command.getCreatedUserId() != null ? command.getCreatedUserId()
                : keycloak.userByEmail(command.getEmail()).map(KeycloakAdminApi.KeycloakUser::id)
                .orElseGet(() -> keycloak.createUser(command.getEmail(), command.getFirstName(),
                        command.getLastName(), INVITATION_ACTIONS));
        command.recordCreatedUser(userId);
        keycloak.grantRealmRole(userId, command.getRole());
        keycloak.executeActionsEmail(userId, INVITATION_ACTIONS, invitationLifespan, portalClientId, portalUrl);
        events.publishEvent(new InvitedAccountCreated(command.getUserId(), userId, command.getEmail()));
        return userId;
    }

    /** A command queued under an invitation's placeholder goes to the account the invitation created. */
    private String target(String userId) {
        if (!AccountInvitations.isPlaceholder(userId)) {
            return userId;
        }
        return commands.findInvitation(userId).map(IdentityCommand::getCreatedUserId)
                .orElseThrow(() -> new KeycloakUserMissingException(userId));
    }

    /** Signals that a command waits; handled after the commit of the transaction that stored it. */
    record CommandQueued(Long commandId) {
    }
}
