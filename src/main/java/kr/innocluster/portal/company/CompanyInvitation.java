package kr.innocluster.portal.company;

import java.time.Instant;

/** An open invitation as its company's manager sees it; {@code expired} once {@code expiresAt} has passed. */
public record CompanyInvitation(long id, String email, String invitedBy, Instant invitedAt, Instant expiresAt,
                                boolean expired) {
}
