package kr.innocluster.portal.account;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import kr.innocluster.portal.account.domain.PortalAccount;
import kr.innocluster.portal.account.domain.PortalAccountRepository;
import kr.innocluster.portal.base.LanguagePreference;
import kr.innocluster.portal.base.i18n.PortalI18NProvider;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's account: mirrored from Keycloak at each session start, plus their language choice. */
@Service
public class AccountService implements LanguagePreference {

    private final PortalAccountRepository accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountService(PortalAccountRepository accounts, CurrentUser currentUser, Clock clock) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records the signed-in user (first visit or a new session) and returns their account. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public AccountSummary myAccount() {
        PortalUser user = currentUser.require();
        PortalAccount account = sync(user);
        return new AccountSummary(account.getSubject(), account.getUsername(), account.getDisplayName(),
                account.getEmail(), user.roles(), languageOf(account, user), account.getFirstLoginAt(),
                account.getLastLoginAt());
    }

    @Override
    @Transactional
    @PermitAll
    public Optional<Locale> currentUserLanguage() {
        return currentUser.get().map(user -> languageOf(sync(user), user));
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void rememberCurrentUserLanguage(Locale locale) {
        PortalAccount account = sync(currentUser.require());
        account.setLanguage(PortalI18NProvider.supported(locale).getLanguage());
    }

    /** Open to every caller: features pick a recipient's mail language, also from jobs that run as nobody. */
    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Locale> languageOf(String subject) {
        return accounts.findById(subject).map(PortalAccount::getLanguage).map(Locale::forLanguageTag);
    }

    /**
     * Usernames of the given accounts (by Keycloak subject) that have signed in at least once, for screens that
     * store only account ids (the security log) and show them readably.
     */
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Map<String, String> usernames(Collection<String> subjects) {
        Map<String, String> usernames = new HashMap<>();
        accounts.findAllById(subjects).forEach(a -> usernames.put(a.getSubject(), a.getUsername()));
        return usernames;
    }

    /** The account id of a username (of someone who signed in at least once). */
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Optional<String> subjectOf(String username) {
        return accounts.findByUsernameIgnoreCase(username.strip()).map(PortalAccount::getSubject);
    }

    private PortalAccount sync(PortalUser user) {
        PortalAccount account = accounts.findById(user.subject())
                .orElseGet(() -> new PortalAccount(user.subject(), clock.instant()));
        account.updateProfile(user.username(), user.displayName(), user.email(), clock.instant());
        return accounts.save(account);
    }

    private static Locale languageOf(PortalAccount account, PortalUser user) {
        if (account.getLanguage() != null) {
            return Locale.forLanguageTag(account.getLanguage());
        }
        return PortalI18NProvider.supported(user.locale().orElse(PortalI18NProvider.KOREAN));
    }
}
