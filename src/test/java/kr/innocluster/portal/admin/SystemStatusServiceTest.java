package kr.innocluster.portal.admin;

import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.security.WithPortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service itself refuses callers without the admin role, whatever the UI shows. */
@IntegrationTest
class SystemStatusServiceTest {

    @Autowired
    SystemStatusService service;

    @Test
    @WithPortalUser(username = "admin", roles = "admin")
    void anAdministratorSeesTheRealDatabase() {
        SystemStatus status = service.status();

        assertThat(status.databaseVersion()).startsWith("PostgreSQL 15");
        assertThat(status.schemaVersion()).isNotBlank();
        assertThat(status.identityProvider()).endsWith("/realms/innocluster");
    }

    @Test
    @WithPortalUser(username = "official", roles = "official")
    void anOfficialIsRefused() {
        assertThatThrownBy(service::status).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAnonymousCallerIsRefused() {
        assertThatThrownBy(service::status).isInstanceOfAny(AccessDeniedException.class,
                AuthenticationCredentialsNotFoundException.class);
    }
}
