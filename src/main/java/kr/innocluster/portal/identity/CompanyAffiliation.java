package kr.innocluster.portal.identity;

import java.util.Optional;

/**
 * Which company a person belongs to, shown read-only on the users-and-roles screen; answered from the company
 * registry's public API by {@link RegistryCompanyAffiliation}.
 */
public interface CompanyAffiliation {

    /** The name of the company the person (Keycloak subject) belongs to, if any. */
    Optional<String> companyOf(String userId);
}
