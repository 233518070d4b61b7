package kr.innocluster.portal.seminar;

import java.time.Duration;
import java.time.Instant;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.seminar.domain.EmailConfirmationRepository;
import kr.innocluster.portal.seminar.domain.SeminarRegistrationRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code portal.seminar.actions-per-hour} registrations, confirmation requests and cancellations per account
 * in any hour. Counted from the rows themselves in the database, under a per-account advisory lock, so every portal
 * node applies the same limit and two requests at once cannot both slip through.
 */
@Component
class RegistrationRateLimit {

    static final Duration WINDOW = Duration.ofHours(1);

    private final SeminarRegistrationRepository registrations;
    private final EmailConfirmationRepository confirmations;
    private final int limit;

    RegistrationRateLimit(SeminarRegistrationRepository registrations, EmailConfirmationRepository confirmations,
                          @Value("${portal.seminar.actions-per-hour:5}") int limit) {
        this.registrations = registrations;
        this.confirmations = confirmations;
        this.limit = limit;
    }

    /** Inside the caller's transaction, before it registers or cancels. */
    void check(String subject, Instant now) {
        registrations.lockActionsOf(subject);
        Instant since = now.minus(WINDOW);
        long used = registrations.countActionsSince(subject, since)
                + confirmations.countUnconfirmedSince(subject, since);
        if (used >= limit) {
            throw new RuleException("seminar.error.rateLimited", limit);
        }
    }
}
