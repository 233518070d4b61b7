package kr.innocluster.portal.company;

import java.time.Clock;
import java.util.List;
import kr.innocluster.portal.company.domain.ChangeRecord;
import kr.innocluster.portal.company.domain.ChangeRecordRepository;
import kr.innocluster.portal.company.domain.FieldChange;
import kr.innocluster.portal.security.PortalUser;
import org.springframework.stereotype.Component;

/** Writes who changed what of a company; called inside the transaction of the change itself. */
@Component
class CompanyHistory {

    private final ChangeRecordRepository changes;
    private final Clock clock;

    CompanyHistory(ChangeRecordRepository changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    void record(long companyId, PortalUser user, List<FieldChange> fieldChanges) {
        for (FieldChange change : fieldChanges) {
            changes.save(new ChangeRecord(companyId, user.subject(), user.displayName(), clock.instant(), change));
        }
    }
}
