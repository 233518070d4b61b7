package kr.innocluster.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import kr.innocluster.portal.base.ClockReset;
import kr.innocluster.portal.localstack.TestStackInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A Spring test against the real parts: embedded PostgreSQL, Keycloak and SMTP of the {@code TestStack}, with the
 * shared {@link PortalTestConfiguration} (movable clock, fixtures). Never add another {@code @Import} or
 * {@code @MockitoBean} to a test class: it would start a second Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ContextConfiguration(initializers = TestStackInitializer.class)
@Import(PortalTestConfiguration.class)
@TestExecutionListeners(listeners = ClockReset.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface IntegrationTest {
}
