package kr.innocluster.portal.notification;

import java.time.Instant;

/** An in-portal notice for one user. */
public record Notice(long id, String title, String body, String link, Instant createdAt, boolean read) {
}
