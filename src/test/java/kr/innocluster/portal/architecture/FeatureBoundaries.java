package kr.innocluster.portal.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The portal's structure as rules, parameterised by the root package so a deliberately broken fixture can prove
 * each rule fails. A feature is a direct sub-package of the root; its {@code domain} and {@code ui} sub-packages
 * are internal to it.
 */
final class FeatureBoundaries {

    /** Shared packages any feature may use; they are not features. */
    static final String[] SHARED = {"base", "security"};

    private final String root;

    FeatureBoundaries(String root) {
        this.root = root;
    }

    /** No feature reaches into another feature's entities, repositories or views. */
    ArchRule internalsStayInsideTheirFeature() {
        return classes().that().resideInAnyPackage(root + ".*.domain..", root + ".*.ui..")
                .and(new DescribedPredicate<>("are not shared") {
                    @Override
                    public boolean test(JavaClass javaClass) {
                        return feature(javaClass).filter(FeatureBoundaries::isShared).isEmpty();
                    }
                })
                .should(onlyBeUsedFromTheirOwnFeature())
                .as("a feature's domain and ui packages are used only inside that feature");
    }

    /** Views call services; repositories are an internal detail of services. */
    ArchRule viewsDoNotTouchRepositories() {
        return noClasses().that().resideInAPackage(root + "..ui..")
                .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
                .as("views never use repositories");
    }

    /** The shared base knows no feature. */
    ArchRule baseKnowsNoFeature() {
        return noClasses().that().resideInAPackage(root + ".base..")
                .should().dependOnClassesThat(new DescribedPredicate<>("belong to a feature") {
                    @Override
                    public boolean test(JavaClass target) {
                        return feature(target).filter(f -> !isShared(f)).isPresent();
                    }
                })
                .as("base depends on no feature");
    }

    private ArchCondition<JavaClass> onlyBeUsedFromTheirOwnFeature() {
        return new ArchCondition<>("only be used from their own feature") {
            @Override
            public void check(JavaClass internal, ConditionEvents events) {
                Optional<String> owner = feature(internal);
                for (Dependency dependency : internal.getDirectDependenciesToSelf()) {
                    JavaClass user = dependency.getOriginClass();
                    if (!user.getPackageName().startsWith(root + ".")) {
                        continue;
                    }
                    if (!feature(user).equals(owner)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private Optional<String> feature(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith(root + ".")) {
            return Optional.empty();
        }
        String rest = name.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    private static boolean isShared(String feature) {
        for (String shared : SHARED) {
            if (shared.equals(feature)) {
                return true;
            }
        }
        return false;
    }
}
