package dev.creatorwatch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The directions the feature packages may depend in. The lower layers are what keep the product testable and
 * reusable: fetching knows nothing of creators or alerts, parsing only knows platforms and the fetch it reads, the
 * rule engine and its modules see a creator only through the context they are given (never the scanner, the alert
 * store or the web layer), and nothing in production depends on the offline demo. A new dependency against these
 * directions fails here, with the offending classes named.
 *
 * <p>Not yet enforced: the packages above these layers (creator, scan, alert, health, snapshot, history, audience,
 * avatar) still reach each other in a cycle, mostly through creator's API and read model (which shows alerts,
 * snapshots and scans) and the scan planner (which health reads for staleness).
 */
class PackageDependenciesTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.creatorwatch");
    }

    @Test
    void sharedBuildingBlocksDependOnNoFeature() {
        onlyOn("api").check(production);
        onlyOn("json").check(production);
        onlyOn("time").check(production);
        onlyOn("audit", "api", "json").check(production);
        onlyOn("security", "api", "audit").check(production);
    }

    @Test
    void fetchingKnowsNothingOfCreatorsOrAlerts() {
        onlyOn("fetch").check(production);
    }

    @Test
    void parsingKnowsOnlyPlatformsAndTheFetch() {
        onlyOn("parse", "api", "creator", "fetch", "json").check(production);
    }

    @Test
    void rulesSeeTheWorldOnlyThroughTheirContext() {
        onlyOn("rules", "api", "audit", "creator", "fetch", "json", "parse", "security", "time").check(production);
    }

    @Test
    void nothingDependsOnTheDemo() {
        noClasses().that().resideOutsideOfPackage("dev.creatorwatch.demo..")
                .should().dependOnClassesThat().resideInAPackage("dev.creatorwatch.demo..")
                .check(production);
    }

    @Test
    void restResourcesAreEntryPointsOnly() {
        // A service used by both the API and (coming next) server-rendered pages must not live in a resource.
        noClasses().that(notAResourceOrPartOfOne())
                .should().dependOnClassesThat().areAnnotatedWith(Path.class)
                .check(production);
    }

    /** Classes of {@code dev.creatorwatch.<feature>..} use no project class outside it and the {@code allowed} ones. */
    private static com.tngtech.archunit.lang.ArchRule onlyOn(String feature, String... allowed) {
        DescribedPredicate<JavaClass> ok = resideOutsideOfPackage("dev.creatorwatch..")
                .or(resideInAPackage("dev.creatorwatch." + feature + ".."));
        for (String a : allowed) {
            ok = ok.or(resideInAPackage("dev.creatorwatch." + a + ".."));
        }
        return classes().that().resideInAPackage("dev.creatorwatch." + feature + "..")
                .should().onlyDependOnClassesThat(ok.as("reside outside the project or in " + feature
                        + (allowed.length == 0 ? "" : " or " + String.join(", ", allowed))));
    }

    private static DescribedPredicate<JavaClass> notAResourceOrPartOfOne() {
        return DescribedPredicate.describe("are not REST resources (or nested in one)", c -> {
            JavaClass outer = c;
            while (outer.getEnclosingClass().isPresent()) {
                outer = outer.getEnclosingClass().get();
            }
            return !outer.isAnnotatedWith(Path.class);
        });
    }
}
