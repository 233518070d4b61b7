package kr.innocluster.portal.identity;

import java.util.List;
import java.util.Set;

/**
 * One person on the users-and-roles screen: their Keycloak account, every realm role they hold ({@code roles},
 * including roles through composites and groups) and the ones mapped to them directly ({@code directRoles}, the ones
 * the screen can revoke), their company if the company feature answers ({@code company} null otherwise,
 * {@code companyKnown} false when no feature answers at all), and their role history.
 */
public record PersonDetails(Person person, Set<String> roles, Set<String> directRoles, String company,
                            boolean companyKnown, List<RoleChange> history) {
}
