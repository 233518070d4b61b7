package kr.innocluster.portal.notification;

/**
 * Published (inside its transaction) by a feature whose personal data reached the end of its retention, e.g.
 * {@code seminar:42}: every stored mail and in-portal notice marked with that reference
 * ({@link OutgoingMail#about(String)}, {@link NotificationService#notifyUser(String, String, String, String, String)})
 * is deleted with it.
 */
public record PersonalDataExpired(String reference) {
}
