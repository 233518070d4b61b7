package kr.innocluster.portal.security;

import com.vaadin.flow.component.Component;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.function.Supplier;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;

/**
 * {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on services are enforced by method security, as
 * Spring Security's {@code jsr250Enabled} does, with one difference: Vaadin views are left out. Views carry the same
 * annotations for Vaadin's navigation access control, which checks them before a view is created. With the standard
 * advisor every view was also wrapped in a security proxy, and views are created at every navigation: matching all
 * advisors against the view class and building the proxy cost about a sixth of the portal's request CPU under load
 * (issue 14), for checks that navigation access control had already made.
 */
@Configuration(proxyBeanMethods = false)
class MethodSecurityConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor jsr250AuthorizationOutsideViews(ObjectProvider<AuthorizationEventPublisher> publishers) {
        Pointcut annotated = new ComposablePointcut(classOrMethod(RolesAllowed.class))
                .union(classOrMethod(PermitAll.class))
                .union(classOrMethod(DenyAll.class));
        ClassFilter notAView = type -> !Component.class.isAssignableFrom(type);
        Pointcut outsideViews = new ComposablePointcut(notAView).intersection(annotated);
        AuthorizationManagerBeforeMethodInterceptor interceptor =
                new AuthorizationManagerBeforeMethodInterceptor(outsideViews, new Jsr250AuthorizationManager());
        interceptor.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
        // refusals go to the security log, as with Spring's own advisor; the publisher is looked up when a refusal
        // happens (an infrastructure bean must not pull the application's configuration in early)
        interceptor.setAuthorizationEventPublisher(new AuthorizationEventPublisher() {
            @Override
            public <T> void publishAuthorizationEvent(Supplier<Authentication> authentication, T object,
                    AuthorizationResult result) {
                AuthorizationEventPublisher publisher = publishers.getIfAvailable();
                if (publisher != null) {
                    publisher.publishAuthorizationEvent(authentication, object, result);
                }
            }
        });
        return interceptor;
    }

    /**
     * No observation (timer and span) around each of the security filters for every request: nothing reads them,
     * and they ran for every Vaadin round trip.
     */
    @Bean
    static SecurityObservationSettings noSecurityFilterObservations() {
        return SecurityObservationSettings.noObservations();
    }

    private static Pointcut classOrMethod(Class<? extends Annotation> annotation) {
        return new ComposablePointcut((Pointcut) new AnnotationMatchingPointcut(annotation, true))
                .union(new AnnotationMatchingPointcut(null, annotation, true));
    }
}
