package kr.innocluster.portal.security;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

class PortalUserSecurityContextFactory implements WithSecurityContextFactory<WithPortalUser> {

    @Override
    public SecurityContext createSecurityContext(WithPortalUser annotation) {
        return TestUsers.context(annotation.username(), annotation.name(), annotation.email(), annotation.roles());
    }
}
