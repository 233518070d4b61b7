package kr.innocluster.portal.program;

import java.time.Clock;
import kr.innocluster.portal.program.domain.ProgramAuditEntry;
import kr.innocluster.portal.program.domain.ProgramAuditRepository;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;
import org.springframework.stereotype.Component;

/** Writes who did what, when and why, in the transaction of the change itself. */
@Component
class AuditTrail {

    static final String SYSTEM = "system";

    private final ProgramAuditRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrail(ProgramAuditRepository entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    void record(long programId, Long applicationId, AuditAction action, String detail) {
        PortalUser user = currentUser.get().orElse(null);
        entries.save(new ProgramAuditEntry(programId, applicationId, user == null ? SYSTEM : user.subject(),
                user == null ? SYSTEM : user.displayName(), clock.instant(), action.name(), detail));
    }
}
