package kr.innocluster.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.program.ApplicationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.PointcutAdvisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** JSR-250 annotations guard services, as before, but views (which carry them for navigation) are not proxied. */
@IntegrationTest
class MethodSecurityConfigurationTest {

    @Autowired
    ApplicationService applications;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void servicesStillRefuseCallersWithoutTheRole() {
        assertThat(AopUtils.isAopProxy(applications)).isTrue();
        TestUsers.signIn("attendee-method-security", Roles.ATTENDEE);
        assertThatThrownBy(() -> applications.myApplications(PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void viewsAreLeftToNavigationAccessControl() throws Exception {
        Advisor advisor = MethodSecurityConfiguration.jsr250AuthorizationOutsideViews(null);
        var pointcut = ((PointcutAdvisor) advisor).getPointcut();
        Class<?> view = Class.forName("kr.innocluster.portal.program.ui.MyApplicationsView");
        assertThat(view.isAnnotationPresent(jakarta.annotation.security.RolesAllowed.class)).isTrue();
        assertThat(AopUtils.canApply(pointcut, view)).isFalse();
        assertThat(AopUtils.canApply(pointcut, ApplicationService.class)).isTrue();
    }
}
