package kr.innocluster.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The roles checker of each navigation: Vaadin's lookup (with its classpath scan) only until the role prefix is set. */
class NavigationAccessConfigurationTest {

    private final Lookup lookup = mock(Lookup.class);
    private final VaadinRolePrefixHolder unset = mock(VaadinRolePrefixHolder.class); // isSet() false, reset does nothing
    private final VaadinRequest request = request(lookup);
    private final NavigationAccessConfiguration.PortalNavigationAccessControl control =
            new NavigationAccessConfiguration.PortalNavigationAccessControl(List.of(),
                    mock(AccessCheckDecisionResolver.class));

    @Test
    void looksUpTheRolePrefixOnlyUntilItIsSet() {
        when(lookup.lookup(VaadinRolePrefixHolder.class)).thenReturn(unset);
        when(request.isUserInRole("official")).thenReturn(true);

        control.getRolesChecker(request); // not set yet: Vaadin's lookup (which would set it) and the portal's
        control.getRolesChecker(request);
        verify(lookup, times(4)).lookup(VaadinRolePrefixHolder.class);

        VaadinRolePrefixHolder set = new VaadinRolePrefixHolder("ROLE_");
        when(lookup.lookup(VaadinRolePrefixHolder.class)).thenReturn(set);
        control.getRolesChecker(request); // Vaadin's lookup and the portal's: now it is set
        for (int i = 0; i < 10; i++) {
            Predicate<String> roles = control.getRolesChecker(request);
            assertThat(roles.test("official")).isTrue();
            assertThat(roles.test("administrator")).isFalse();
        }
        verify(lookup, times(6)).lookup(VaadinRolePrefixHolder.class);
    }

    private static VaadinRequest request(Lookup lookup) {
        VaadinRequest request = mock(VaadinRequest.class);
        VaadinService service = mock(VaadinService.class);
        VaadinContext context = mock(VaadinContext.class);
        when(request.getService()).thenReturn(service);
        when(service.getContext()).thenReturn(context);
        when(context.getAttribute(Lookup.class)).thenReturn(lookup);
        return request;
    }
}
