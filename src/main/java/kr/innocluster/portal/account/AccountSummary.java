package kr.innocluster.portal.account;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/** What the portal knows about the signed-in person. */
public record AccountSummary(String subject, String username, String displayName, String email, Set<String> roles,
                             Locale language, Instant firstLoginAt, Instant lastLoginAt) {
}
