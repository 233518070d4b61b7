package kr.innocluster.portal.identity;

import kr.innocluster.portal.company.CompanyAccessEnded;
import kr.innocluster.portal.company.CompanyAccessGranted;
import kr.innocluster.portal.security.Roles;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The {@code company} role follows company membership: the company feature decides who belongs to a verified company
 * and says so with events; this listener turns each into a role change in the outbox, in the same transaction as the
 * decision (so a rolled-back verification grants nothing, and a verification taken while Keycloak is away reaches it
 * when it returns). The company feature knows nothing of Keycloak.
 */
@Component
class CompanyAccessRoles {

    private final RoleGrants grants;

    CompanyAccessRoles(RoleGrants grants) {
        this.grants = grants;
    }

    @EventListener
    void granted(CompanyAccessGranted event) {
        grants.grant(event.subject(), event.displayName(), Roles.COMPANY, "company#" + event.companyId());
    }

    @EventListener
    void ended(CompanyAccessEnded event) {
        grants.revoke(event.subject(), event.displayName(), Roles.COMPANY, "company#" + event.companyId());
    }
}
