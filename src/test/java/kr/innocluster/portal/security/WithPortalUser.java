package kr.innocluster.portal.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.test.context.support.WithSecurityContext;

/**
 * Runs a test as a signed-in user shaped like a Keycloak login (an OIDC user with realm roles), so services see the
 * same principal as in production. Subject ids are stable per username.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@WithSecurityContext(factory = PortalUserSecurityContextFactory.class)
public @interface WithPortalUser {

    String username();

    String[] roles();

    String email() default "";

    String name() default "";
}
