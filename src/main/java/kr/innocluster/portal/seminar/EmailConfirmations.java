package kr.innocluster.portal.seminar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.seminar.domain.EmailConfirmation;
import kr.innocluster.portal.seminar.domain.EmailConfirmationRepository;
import kr.innocluster.portal.seminar.domain.Seminar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Confirmation of an address other than the account's verified one: a mailed single-use link (256 random bits; only
 * its SHA-256 hash is stored) that only the account that asked can use. Until it is opened nothing is registered
 * and no seat is taken, so nobody can have seminar mails sent to someone else's address.
 */
@Component
class EmailConfirmations {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EmailConfirmationRepository confirmations;
    private final SeminarMails mails;
    private final Duration validity;

    EmailConfirmations(EmailConfirmationRepository confirmations, SeminarMails mails,
                       @Value("${portal.seminar.email-confirmation-validity:P2D}") Duration validity) {
        this.confirmations = confirmations;
        this.mails = mails;
        this.validity = validity;
    }

    /** The address needs no confirmation: it is the account's own, verified by Keycloak. */
    static boolean ownVerifiedAddress(PortalUser user, String email) {
        return user.emailVerified() && user.email() != null && user.email().strip().equalsIgnoreCase(email.strip());
    }

    /** Stores the form and mails the link; a request of the same person for the same seminar that waits is replaced. */
    void request(Seminar seminar, PortalUser user, RegistrationForm form, String phone, Locale language,
                 Instant now) {
        confirmations.findOpen(seminar.getId(), user.subject()).ifPresent(older -> {
            older.close(now);
            confirmations.saveAndFlush(older);
        });
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        EmailConfirmation confirmation = confirmations.saveAndFlush(new EmailConfirmation(seminar.getId(),
                user.subject(), form.getName().strip(), SeminarForms.blankToNull(form.getOrganisation()),
                form.getEmail().strip(), phone, language, hash(token), now, now.plus(validity)));
        mails.confirmAddress(seminar, confirmation, token);
    }

    /** The open request behind a link, locked; only for the account that made it (anyone else: not found). */
    Optional<EmailConfirmation> openFor(String token, String subject, Instant now) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return confirmations.lockByTokenHash(hash(token)).filter(c -> c.getAttendeeSubject().equals(subject))
                .filter(c -> c.openAt(now));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
