package kr.innocluster.portal.security;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Vaadin's navigation access control (the views' {@code @AnonymousAllowed}/{@code @PermitAll}/{@code @RolesAllowed}),
 * built as Vaadin builds it, with one cost removed: at every navigation Vaadin's {@code SecurityUtil.getRolesChecker}
 * looks up its {@link VaadinRolePrefixHolder} through the Spring lookup, which besides asking the application context
 * runs a {@link java.util.ServiceLoader} scan over all ~190 jars of the classpath, only to find that the role prefix
 * was set at the first navigation. Under load (issue 14) that scan was 5 % of the portal's CPU. Here Vaadin's way
 * runs until the prefix is set; after that the roles checker is the request's own {@code isUserInRole}, which is
 * what Vaadin returns after its lookup too.
 */
@Configuration(proxyBeanMethods = false)
class NavigationAccessConfiguration {

    /** Primary: Vaadin's auto-configuration defines its own unconditionally; this one is the one used. */
    @Bean
    @Primary
    NavigationAccessControl portalNavigationAccessControl(List<NavigationAccessChecker> checkers,
            NavigationAccessControlConfigurer configurer) {
        return configurer.build(PortalNavigationAccessControl::new, checkers);
    }

    static final class PortalNavigationAccessControl extends SpringNavigationAccessControl {

        private volatile boolean rolePrefixSet;

        PortalNavigationAccessControl(List<NavigationAccessChecker> checkers, AccessCheckDecisionResolver resolver) {
            super(checkers, resolver);
        }

        @Override
        protected Predicate<String> getRolesChecker(VaadinRequest request) {
            if (rolePrefixSet && request != null && !HandlerHelper.isRequestType(request, HandlerHelper.RequestType.PUSH)) {
                return request::isUserInRole;
            }
            Predicate<String> checker = super.getRolesChecker(request);
            if (!rolePrefixSet && request != null) {
                rolePrefixSet = rolePrefixIsSet(request.getService());
            }
            return checker;
        }

        private static boolean rolePrefixIsSet(VaadinService service) {
            if (service == null) {
                return false;
            }
            Lookup lookup = service.getContext().getAttribute(Lookup.class);
            VaadinRolePrefixHolder holder = lookup == null ? null : lookup.lookup(VaadinRolePrefixHolder.class);
            return holder != null && holder.isSet();
        }
    }
}
