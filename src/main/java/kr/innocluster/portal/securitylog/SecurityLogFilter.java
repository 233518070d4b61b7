package kr.innocluster.portal.securitylog;

import java.time.LocalDate;

/**
 * What the log screen searches for; every part is optional. {@code account} is a username or an account id,
 * {@code text} is looked for in the target (what was tried, which list, the search text, the role).
 */
public record SecurityLogFilter(LocalDate from, LocalDate to, SecurityEventKind kind, String account, String text) {

    public static SecurityLogFilter any() {
        return new SecurityLogFilter(null, null, null, null, null);
    }
}
