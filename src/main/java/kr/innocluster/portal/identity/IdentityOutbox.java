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

    private final IdentityCommandRepository commands;
    private final SessionStampRepository stamps;
    private final KeycloakAdminApi keycloak;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Duration firstBackoff;
    private final Duration maxBackoff;

    IdentityOutbox(IdentityCommandRepository commands, SessionStampRepository stamps, KeycloakAdminApi keycloak,
                   Clock clock, PlatformTransactionManager transactions,
                   @Value("${portal.identity.outbox.first-backoff:PT5S}") Duration firstBackoff,
                   @Value("${portal.identity.outbox.max-backoff:PT5M}") Duration maxBackoff) {
        this.commands = commands;
        this.stamps = stamps;
        this.keycloak = keycloak;
        this.clock = clock;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
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
                apply(command);
                command.markApplied(clock.instant());
                stamps.stamp(command.getUserId(), clock.instant());
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

    private void apply(IdentityCommand command) {
        switch (command.getKind()) {
            case GRANT_REALM_ROLE -> keycloak.grantRealmRole(command.getUserId(), command.getRole());
            case REVOKE_REALM_ROLE -> keycloak.revokeRealmRole(command.getUserId(), command.getRole());
        }
    }

    /** Signals that a command waits; handled after the commit of the transaction that stored it. */
    record CommandQueued(Long commandId) {
    }
}
