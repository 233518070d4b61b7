package kr.innocluster.portal.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
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

    /** Views speak to services and their records only; entities (any feature's, their own included) stay behind. */
    ArchRule viewsDoNotImportDomain() {
        return noClasses().that().resideInAPackage(root + "..ui..")
                .should().dependOnClassesThat().resideInAPackage(root + "..domain..")
                .as("views never use a domain package, their own feature's included");
    }

    /**
     * Every public method of a feature's services and components says who may call it: a method or class annotation
     * {@code @RolesAllowed}, {@code @PreAuthorize}, {@code @PermitAll} or {@code @DenyAll}, so even "anyone" is a
     * visible decision. Exempt: scheduled jobs and event listeners (nobody calls them), demo data (runs at start-up),
     * configuration classes, and the UI packages (views declare access on their routes).
     */
    ArchRule serviceMethodsDeclareWhoMayCallThem() {
        return methods().that().arePublic()
                .and().areDeclaredInClassesThat(new DescribedPredicate<>("are services or components of a feature") {
                    @Override
                    public boolean test(JavaClass owner) {
                        return feature(owner).filter(f -> !isShared(f)).isPresent()
                                && !owner.getPackageName().contains(".ui") && !owner.getPackageName().contains(".domain")
                                && (owner.isAnnotatedWith(Service.class) || owner.isAnnotatedWith(Component.class))
                                && !owner.getSimpleName().endsWith("DemoData");
                    }
                })
                .and(new DescribedPredicate<>("are not jobs or listeners") {
                    @Override
                    public boolean test(JavaMethod method) {
                        return !method.isAnnotatedWith(Scheduled.class) && !method.isAnnotatedWith(EventListener.class)
                                && !method.isAnnotatedWith(TransactionalEventListener.class)
                                && !method.isAnnotatedWith(Bean.class);
                    }
                })
                .should(declareWhoMayCall())
                .as("every public method of a feature's services and components declares who may call it");
    }

    private static ArchCondition<JavaMethod> declareWhoMayCall() {
        return new ArchCondition<>("declare who may call it") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (!declaresAccess(method.getOwner()) && !declaresAccess(method)) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName()
                            + " declares no @RolesAllowed, @PreAuthorize, @PermitAll or @DenyAll"));
                }
            }
        };
    }

    private static boolean declaresAccess(com.tngtech.archunit.core.domain.properties.CanBeAnnotated element) {
        return element.isAnnotatedWith(RolesAllowed.class) || element.isAnnotatedWith(PreAuthorize.class)
                || element.isAnnotatedWith(PermitAll.class) || element.isAnnotatedWith(DenyAll.class);
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
