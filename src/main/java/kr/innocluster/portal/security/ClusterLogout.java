package kr.innocluster.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * Keycloak-side logout on every portal node. Keycloak POSTs its logout token to the portal's back-channel URL, which
 * is the load balancer: the request lands on any node, while the person's session may live on another. Spring
 * Security validates the token (signature, issuer, audience, events) and hands it to this handler, which records the
 * logout in the shared database (table {@code oidc_logout}) and ends the matching sessions of this node at once. Every
 * node (not under ShedLock: each must look itself) reads the new records every {@code portal.cluster-logout.poll}
 * (2 s) on a thread of its own and ends its own matching sessions ({@link LocalSessions}). A record names the Keycloak
 * session ({@code sid}; Keycloak sends it, the client requires it) or, without one, the person ({@code sub}).
 * Records older than {@code portal.cluster-logout.keep} are deleted; a node that was away longer has no sessions of
 * that time anyway (they lived in its memory).
 */
@Component
class ClusterLogout implements LogoutHandler, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterLogout.class);
    /** Records are looked at for this long after they were written (covers a transaction that committed late). */
    private static final Duration LOOK_BACK = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final LocalSessions sessions;
    private final Duration poll;
    private final Duration keep;
    private final String node;
    /** Records this node has already applied (id -> when it was seen), forgotten after the look-back. */
    private final Map<Long, Long> applied = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService poller;
    private volatile boolean databaseAway;
    private long lastPurge = System.nanoTime();

    ClusterLogout(JdbcClient jdbc, LocalSessions sessions,
                  @Value("${portal.cluster-logout.poll:PT2S}") Duration poll,
                  @Value("${portal.cluster-logout.keep:PT10M}") Duration keep,
                  @Value("${portal.cluster-logout.node:}") String node) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.poll = poll;
        this.keep = keep;
        this.node = node.isBlank() ? "node-" + UUID.randomUUID().toString().substring(0, 8) : node;
    }

    /** Called by Spring Security's back-channel logout filter with the validated logout token. */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcLogoutToken token)) {
            return;
        }
        String issuer = Objects.toString(token.getIssuer(), "");
        Long id = jdbc.sql("insert into oidc_logout (issuer, sid, subject, recorded_by) values (?, ?, ?, ?) "
                        + "returning id")
                .params(issuer, token.getSessionId(), token.getSubject(), node)
                .query(Long.class).single();
        applied.put(id, System.nanoTime());
        int ended = sessions.endSessionsOf(matching(issuer, token.getSessionId(), token.getSubject()));
        log.info("Keycloak logout (sid {}, sub {}) recorded as {} by {}; {} session(s) ended on this node",
                token.getSessionId(), token.getSubject(), id, node, ended);
    }

    /** One round of the poller: applies the records this node has not applied yet, now and then purges old ones. */
    void applyRecordedLogouts() {
        try {
            List<Recorded> recorded = jdbc.sql("select id, issuer, sid, subject, recorded_by from oidc_logout "
                            + "where recorded_at > now() - make_interval(secs => ?) order by id")
                    .param(LOOK_BACK.toSeconds())
                    .query(Recorded.class).list();
            for (Recorded logout : recorded) {
                if (applied.putIfAbsent(logout.id(), System.nanoTime()) == null) {
                    int ended = sessions.endSessionsOf(matching(logout.issuer(), logout.sid(), logout.subject()));
                    if (ended > 0) {
                        log.info("Keycloak logout {} (sid {}, sub {}) recorded by {}: {} session(s) ended on {}",
                                logout.id(), logout.sid(), logout.subject(), logout.recordedBy(), ended, node);
                    }
                }
            }
            long now = System.nanoTime();
            applied.values().removeIf(seen -> now - seen > 2 * LOOK_BACK.toNanos());
            if (now - lastPurge > Duration.ofMinutes(1).toNanos()) {
                jdbc.sql("delete from oidc_logout where recorded_at < now() - make_interval(secs => ?)")
                        .param(keep.toSeconds()).update();
                lastPurge = now;
            }
            if (databaseAway) {
                log.info("Keycloak logouts of other nodes are read again");
                databaseAway = false;
            }
        } catch (DataAccessException failure) {
            if (!databaseAway) {
                log.warn("Keycloak logouts of other nodes cannot be read: {}", failure.getMessage());
                databaseAway = true;
            }
        }
    }

    private static Predicate<OidcUser> matching(String issuer, String sid, String subject) {
        return user -> (issuer.isEmpty() || user.getIssuer() == null || issuer.equals(user.getIssuer().toString()))
                && (sid != null ? sid.equals(user.getIdToken().getClaimAsString("sid"))
                                : Objects.equals(subject, user.getSubject()));
    }

    record Recorded(long id, String issuer, String sid, String subject, String recordedBy) {
    }

    // ---- the poller's own thread (the shared scheduler's single thread may be busy with a long job)

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cluster-logout");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::applyRecordedLogoutsSafely, poll.toMillis(), poll.toMillis(),
                TimeUnit.MILLISECONDS);
        poller = executor;
    }

    private void applyRecordedLogoutsSafely() {
        try {
            applyRecordedLogouts();
        } catch (RuntimeException unexpected) {
            log.error("Keycloak logouts of other nodes: round failed", unexpected);
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = poller;
        if (executor != null) {
            executor.shutdownNow();
        }
        poller = null;
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }
}
