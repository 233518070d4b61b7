package kr.innocluster.portal.program;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The program feature's fixtures, imported by the shared {@code PortalTestConfiguration}. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ProgramFixtures.class, TestCompanies.class})
public class ProgramTestSupport {
}
