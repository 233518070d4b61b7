package kr.innocluster.portal.identity;

import kr.innocluster.portal.identity.domain.IdentityCommand;
import kr.innocluster.portal.identity.domain.RoleChangeRecord;

/** Turns stored role decisions into the public {@link RoleChange} record. */
final class RoleChanges {

    private RoleChanges() {
    }

    static RoleChange of(RoleChangeRecord record) {
        IdentityCommand command = record.getCommand();
        RoleChangeState state = command.getAppliedAt() != null ? RoleChangeState.APPLIED
                : command.getAbandonedAt() != null ? RoleChangeState.FAILED : RoleChangeState.PENDING;
        return new RoleChange(record.getId(), record.getUserId(), record.getUsername(), record.getRole(),
                record.isGrant(), record.getReason(), record.getDecidedBy(), record.getDecidedByUsername(),
                record.getDecidedAt(), state, command.getAppliedAt(), command.getAttempts(), command.getLastError());
    }
}
