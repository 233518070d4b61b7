package kr.innocluster.portal.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/** The feature-package architecture of STYLE.md, checked on every build. */
class ArchitectureTest {

    private static final String ROOT = "kr.innocluster.portal";

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    private final FeatureBoundaries rules = new FeatureBoundaries(ROOT);

    @Test
    void theRulesSeeThePortal() {
        assertThat(PORTAL.stream().filter(c -> c.getPackageName().endsWith(".ui"))).hasSizeGreaterThan(3);
    }

    @Test
    void featureInternalsStayInsideTheirFeature() {
        rules.internalsStayInsideTheirFeature().check(PORTAL);
    }

    @Test
    void viewsDoNotTouchRepositories() {
        rules.viewsDoNotTouchRepositories().check(PORTAL);
    }

    @Test
    void viewsDoNotImportDomain() {
        rules.viewsDoNotImportDomain().check(PORTAL);
    }

    @Test
    void serviceMethodsDeclareWhoMayCallThem() {
        rules.serviceMethodsDeclareWhoMayCallThem().check(PORTAL);
    }

    @Test
    void baseKnowsNoFeature() {
        rules.baseKnowsNoFeature().check(PORTAL);
    }

    @Test
    void everyViewDeclaresWhoMayOpenIt() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(AnonymousAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(DenyAll.class)
                .check(PORTAL);
    }

    /** Each rule must fail on the deliberately broken fixture, or it proves nothing. */
    @Test
    void theRulesFailWhenBroken() {
        JavaClasses broken = new ClassFileImporter().importPackages("kr.innocluster.archfixture");
        FeatureBoundaries fixtureRules = new FeatureBoundaries("kr.innocluster.archfixture");

        EvaluationResult internals = fixtureRules.internalsStayInsideTheirFeature().evaluate(broken);
        EvaluationResult repositories = fixtureRules.viewsDoNotTouchRepositories().evaluate(broken);
        EvaluationResult domain = fixtureRules.viewsDoNotImportDomain().evaluate(broken);
        EvaluationResult access = fixtureRules.serviceMethodsDeclareWhoMayCallThem().evaluate(broken);

        assertThat(internals.hasViolation()).isTrue();
        assertThat(internals.getFailureReport().getDetails()).anyMatch(line -> line.contains("BadView"));
        assertThat(repositories.hasViolation()).isTrue();
        assertThat(domain.getFailureReport().getDetails()).anyMatch(line -> line.contains("OwnDomainView"));
        assertThat(access.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("AlphaService.undeclared"))
                .noneMatch(line -> line.contains("AlphaService.declared") || line.contains("AlphaService.nightly"));
    }
}
