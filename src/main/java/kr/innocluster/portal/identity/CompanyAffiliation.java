package kr.innocluster.portal.identity;

import java.util.Optional;

/**
 * Extension point: which company a person belongs to, shown read-only on the users-and-roles screen. The company
 * feature implements it as a bean (its public API offers no look-up of another person's company yet); until then the
 * screen says the company is not known here.
 */
public interface CompanyAffiliation {

    /** The name of the company the person (Keycloak subject) belongs to, if any. */
    Optional<String> companyOf(String userId);
}
