package kr.innocluster.portal.identity;

import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import kr.innocluster.portal.base.NotFoundException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.identity.KeycloakAdminApi.KeycloakUser;
import kr.innocluster.portal.identity.domain.IdentityCommand;
import kr.innocluster.portal.identity.domain.IdentityCommandRepository;
import kr.innocluster.portal.identity.domain.RoleChangeRecordRepository;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.securitylog.PersonalDataUse;
import kr.innocluster.portal.securitylog.SecurityLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' "users and roles" screen: find a person in Keycloak, see their roles, company and role
 * history, grant or revoke a staff role with a reason. Searches and detail views of people are personal data and go
 * to the security log; grants and revocations go through {@link RoleGrants} (outbox, history, security log).
 */
@Service
@RolesAllowed(Roles.ADMIN)
public class IdentityService {

    private static final int HISTORY = 50;

    private final KeycloakAdminApi keycloak;
    private final RoleGrants roleGrants;
    private final IdentityCommandRepository commands;
    private final RoleChangeRecordRepository changes;
    private final SecurityLog securityLog;
    private final CurrentUser currentUser;
    private final ObjectProvider<CompanyAffiliation> companies;

    IdentityService(KeycloakAdminApi keycloak, RoleGrants roleGrants, IdentityCommandRepository commands,
                    RoleChangeRecordRepository changes, SecurityLog securityLog, CurrentUser currentUser,
                    ObjectProvider<CompanyAffiliation> companies) {
        this.keycloak = keycloak;
        this.roleGrants = roleGrants;
        this.commands = commands;
        this.changes = changes;
        this.securityLog = securityLog;
        this.currentUser = currentUser;
        this.companies = companies;
    }

    /**
     * One page of people whose username, name or e-mail contains {@code text} (everyone when blank), or, with a
     * {@code role}, of the people holding it directly. The first page of a search is one security-log entry.
     */
    @Transactional(readOnly = true)
    public List<Person> findPeople(String text, String role, int offset, int limit) {
        List<Person> people;
        try {
            if (role == null) {
                people = keycloak.searchUsers(text, offset, limit).stream().map(IdentityService::person).toList();
            } else {
                people = keycloak.usersWithRole(role, offset, limit).stream().map(IdentityService::person)
                        .filter(p -> matches(p, text)).toList();
            }
        } catch (KeycloakUnavailableException | KeycloakUserMissingException unavailable) {
            throw new RuleException("identity.keycloak.unavailable");
        }
        if (offset == 0) {
            securityLog.personalDataViewed(PersonalDataUse.SEARCH, "identity.people search=" + blankAsNone(text)
                    + (role == null ? "" : " role=" + role), null, people.size());
        }
        return people;
    }

    /** One person with their roles, company and role history; a security-log entry. */
    @Transactional(readOnly = true)
    public PersonDetails person(String userId) {
        try {
            KeycloakUser user = keycloak.user(userId)
                    .orElseThrow(() -> new NotFoundException("identity.person.notFound"));
            Set<String> roles = keycloak.effectiveRealmRoles(userId);
            Set<String> direct = keycloak.directRealmRoles(userId);
            CompanyAffiliation affiliation = companies.getIfAvailable();
            String company = affiliation == null ? null : affiliation.companyOf(userId).orElse(null);
            securityLog.personalDataViewed(PersonalDataUse.DETAIL, "identity.person", userId, 1);
            return new PersonDetails(person(user), known(roles), known(direct), company, affiliation != null,
                    history(userId));
        } catch (KeycloakUnavailableException | KeycloakUserMissingException unavailable) {
            throw new RuleException("identity.keycloak.unavailable");
        }
    }

    /** Gives a staff role; refused when the person has it already or a grant is on its way. */
    @Transactional
    public RoleChange grantStaffRole(Person person, String role, String reason) {
        requireStaffRole(role);
        if (expectedRoles(person.id()).map(r -> r.contains(role)).orElse(false)) {
            throw new RuleException("identity.refused.alreadyHeld");
        }
        return roleGrants.grant(person.id(), person.username(), role, reason);
    }

    /**
     * Takes a staff role away; refused when the person does not hold it directly, and for one's own {@code admin}
     * role (so the portal cannot lose its last administrator by a slip).
     */
    @Transactional
    public RoleChange revokeStaffRole(Person person, String role, String reason) {
        requireStaffRole(role);
        if (Roles.ADMIN.equals(role) && currentUser.require().subject().equals(person.id())) {
            throw new RuleException("identity.refused.ownAdmin");
        }
        if (expectedRoles(person.id()).map(r -> !r.contains(role)).orElse(false)) {
            throw new RuleException("identity.refused.notHeld");
        }
        return roleGrants.revoke(person.id(), person.username(), role, reason);
    }

    /** Everyone's latest grants and revocations, newest first. */
    @Transactional(readOnly = true)
    public List<RoleChange> latestRoleChanges(int limit) {
        return changes.findLatest(PageRequest.of(0, Math.min(limit, 200))).stream().map(RoleChanges::of).toList();
    }

    private List<RoleChange> history(String userId) {
        return changes.findForUser(userId, PageRequest.of(0, HISTORY)).stream().map(RoleChanges::of).toList();
    }

    /**
     * The roles mapped to the person directly once every decision still waiting in the outbox is applied; empty when
     * Keycloak cannot say (the decision is then recorded anyway and applied in order).
     */
    private Optional<Set<String>> expectedRoles(String userId) {
        Set<String> roles;
        try {
            roles = new HashSet<>(keycloak.directRealmRoles(userId));
        } catch (KeycloakUnavailableException | KeycloakUserMissingException unavailable) {
            return Optional.empty();
        }
        for (IdentityCommand open : commands.findOpenFor(userId)) {
            if (open.getKind() == IdentityCommand.Kind.GRANT_REALM_ROLE) {
                roles.add(open.getRole());
            } else {
                roles.remove(open.getRole());
            }
        }
        return Optional.of(roles);
    }

    private static void requireStaffRole(String role) {
        if (!Roles.STAFF.contains(role)) {
            throw new RuleException("identity.refused.notStaff");
        }
    }

    private static Set<String> known(Set<String> roles) {
        Set<String> known = new HashSet<>(roles);
        known.retainAll(Roles.ALL);
        return known;
    }

    private static boolean matches(Person person, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return contains(person.username(), needle) || contains(person.email(), needle)
                || contains(person.displayName(), needle);
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }

    private static String blankAsNone(String text) {
        return text == null || text.isBlank() ? "(none)" : text.strip();
    }

    private static Person person(KeycloakUser user) {
        return new Person(user.id(), user.username(), user.firstName(), user.lastName(), user.email(),
                Boolean.TRUE.equals(user.emailVerified()), !Boolean.FALSE.equals(user.enabled()));
    }
}
