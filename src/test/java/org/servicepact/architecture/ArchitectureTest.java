package org.servicepact.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The dependency rules of shared/STYLE.md, executable: the build fails when a class breaks one. Components are
 * the packages right under {@code org.servicepact}; they depend downwards in {@link #COMPONENTS_BOTTOM_UP}.
 */
class ArchitectureTest {

    /** Lowest first: a component may use those before it, never those after it. */
    static final List<String> COMPONENTS_BOTTOM_UP = List.of(
            "platform", "calendar", "organisation", "security", "agreement", "request", "feedback", "notification",
            "insight", "demo");

    private static final String ROOT = "org.servicepact";

    private static JavaClasses portal;

    @BeforeAll
    static void importThePortal() {
        portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void domainPackagesNeedNoContainerLayer() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..web..", "..api..")
                .check(portal);
    }

    @Test
    void applicationServicesNeedNoWebOrApiLayer() {
        noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "..api..")
                .check(portal);
    }

    @Test
    void componentsDependOnlyDownwards() {
        classes().should(dependOnlyOnComponentsBelowOrTheirOwn()).check(portal);
    }

    /** {@code platform.web} is the JSF toolkit every component's pages share; business components' web layers are their own. */
    @Test
    void noComponentReachesIntoAnotherComponentsWebLayer() {
        classes().should(useNoOtherComponentsWebLayer()).check(portal);
    }

    @Test
    void nobodyReadsInsightButTheDemo() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".insight..", ROOT + ".demo..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".insight..")
                .check(portal);
    }

    @Test
    void platformReadsNoBusinessComponent() {
        ArchRule rule = noClasses().that().resideInAPackage(ROOT + ".platform..")
                .should().dependOnClassesThat().resideInAnyPackage(COMPONENTS_BOTTOM_UP.stream()
                        .filter(component -> !component.equals("platform")).map(component -> ROOT + "." + component + "..")
                        .toArray(String[]::new));
        rule.check(portal);
    }

    /**
     * A view or session bean outlives the request and, once sessions are replicated, moves between nodes: it keeps
     * ids, versions and what was typed, and reads entities again in each request ({@code platform.web.PerRequest}).
     */
    @Test
    void noViewOrSessionBeanKeepsAnEntity() {
        noFields().that().areDeclaredInClassesThat().areAnnotatedWith(ViewScoped.class)
                .or().areDeclaredInClassesThat().areAnnotatedWith(SessionScoped.class)
                .should().haveRawType(JavaClass.Predicates.assignableTo(
                        DescribedPredicate.describe("an entity", (JavaClass type) -> type.isAnnotatedWith(Entity.class))))
                .check(portal);
    }

    @Test
    void componentsFormNoCycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(portal);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(portal);
    }

    private static ArchCondition<JavaClass> dependOnlyOnComponentsBelowOrTheirOwn() {
        return new ArchCondition<>("depend only on its own component and those below it") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                int level = level(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    int target = level(dependency.getTargetClass());
                    if (level >= 0 && target > level) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> useNoOtherComponentsWebLayer() {
        return new ArchCondition<>("use no other business component's web layer") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    boolean intoWeb = target.getPackageName().matches("org\\.servicepact\\.[a-z]+\\.web(\\..*)?");
                    String owner = component(target);
                    if (intoWeb && !owner.equals("platform") && !owner.equals(component(origin))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static int level(JavaClass javaClass) {
        return COMPONENTS_BOTTOM_UP.indexOf(component(javaClass));
    }

    /** The package right under org.servicepact, or "" outside it. */
    private static String component(JavaClass javaClass) {
        String packageName = javaClass.getPackageName();
        if (!packageName.startsWith(ROOT + ".")) {
            return "";
        }
        String rest = packageName.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
