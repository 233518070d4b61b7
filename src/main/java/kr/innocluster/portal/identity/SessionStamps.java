package kr.innocluster.portal.identity;

import java.time.Instant;
import java.util.Optional;
import kr.innocluster.portal.identity.domain.SessionStamp;
import kr.innocluster.portal.identity.domain.SessionStampRepository;
import kr.innocluster.portal.security.RoleChangeStamps;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the session refresh of {@code security}: when did this person's roles last change (from the database). */
@Component
class SessionStamps implements RoleChangeStamps {

    private final SessionStampRepository stamps;

    SessionStamps(SessionStampRepository stamps) {
        this.stamps = stamps;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Instant> lastChangeOf(String subject) {
        return stamps.findById(subject).map(SessionStamp::getChangedAt);
    }
}
