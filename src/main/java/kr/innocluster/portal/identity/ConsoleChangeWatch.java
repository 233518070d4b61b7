package kr.innocluster.portal.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kr.innocluster.portal.identity.KeycloakAdminApi.AdminEvent;
import kr.innocluster.portal.identity.domain.ConsoleCursorRepository;
import kr.innocluster.portal.identity.domain.SessionStampRepository;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads Keycloak's admin events (role mappings, users, group memberships changed in the admin console) and stamps the
 * people concerned, so their open portal sessions refresh at the next navigation instead of within the general bound.
 * Best effort: the bound of {@code security.SessionRoleRefresh} still holds when an event is missed.
 */
@Component
class ConsoleChangeWatch {

    private static final Logger log = LoggerFactory.getLogger(ConsoleChangeWatch.class);
    private static final int EVENTS_PER_LOOK = 100;

    private final KeycloakAdminApi keycloak;
    private final ConsoleCursorRepository cursor;
    private final SessionStampRepository stamps;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ConsoleChangeWatch(KeycloakAdminApi keycloak, ConsoleCursorRepository cursor, SessionStampRepository stamps,
                       Clock clock, PlatformTransactionManager transactions) {
        this.keycloak = keycloak;
        this.cursor = cursor;
        this.stamps = stamps;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(initialDelayString = "${portal.identity.console-watch.delay:15s}",
            fixedDelayString = "${portal.identity.console-watch.delay:15s}")
    @SchedulerLock(name = "identity-console-watch", lockAtMostFor = "PT2M")
    public void poll() {
        try {
            look();
        } catch (KeycloakUnavailableException | KeycloakUserMissingException unavailable) {
            log.debug("[identity] admin events not readable now: {}", unavailable.getMessage());
        }
    }

    /** Stamps everyone an admin event since the last look concerns; returns how many events were new. */
    int look() {
        List<AdminEvent> events = keycloak.latestUserAdminEvents(EVENTS_PER_LOOK);
        Integer seen = transaction.execute(status -> {
            Optional<Long> last = cursor.lastEventTime();
            long newest = events.stream().mapToLong(AdminEvent::time).max().orElse(last.orElse(0L));
            int fresh = 0;
            if (last.isPresent()) {
                for (AdminEvent event : events) {
                    if (event.time() > last.get()) {
                        fresh++;
                        userOf(event.resourcePath()).ifPresent(user -> stamps.stamp(user, clock.instant()));
                    }
                }
            }
            cursor.moveTo(newest);
            return fresh;
        });
        return seen == null ? 0 : seen;
    }

    /** The person an event's resource path names: {@code users/<id>} or {@code users/<id>/...}. */
    static Optional<String> userOf(String resourcePath) {
        if (resourcePath == null || !resourcePath.startsWith("users/")) {
            return Optional.empty();
        }
        String rest = resourcePath.substring("users/".length());
        int slash = rest.indexOf('/');
        String id = slash < 0 ? rest : rest.substring(0, slash);
        return id.isBlank() ? Optional.empty() : Optional.of(id);
    }
}
