package kr.innocluster.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import kr.innocluster.portal.localstack.TestStackInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** A Spring test against the real parts: embedded PostgreSQL, Keycloak and SMTP of the {@code TestStack}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ContextConfiguration(initializers = TestStackInitializer.class)
public @interface IntegrationTest {
}
