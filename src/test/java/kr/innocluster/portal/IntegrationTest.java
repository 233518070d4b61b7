package kr.innocluster.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import kr.innocluster.portal.localstack.TestStackInitializer;
import kr.innocluster.portal.program.ProgramTestSupport;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** A Spring test against the real parts: embedded PostgreSQL, Keycloak and SMTP of the {@code TestStack}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ContextConfiguration(initializers = TestStackInitializer.class)
@Import(ProgramTestSupport.class)
public @interface IntegrationTest {
}
