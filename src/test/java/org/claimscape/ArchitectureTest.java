package org.claimscape;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;

/** The layering of the architecture, checked on the compiled classes. */
@AnalyzeClasses(packages = "org.claimscape", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreHasNoUi = noClasses()
            .that().resideInAnyPackage("..model..", "..io..", "..analysis..", "..render..", "..export..", "..search..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..")
            .because("model, io, analysis, render and export run headless, in the command line and in tests");

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("..io..", "..analysis..", "..render..", "..map..",
                    "..export..", "..ui..", "..cli..", "..app..")
            .because("the model is the bottom layer that everything else builds on");

    @ArchTest
    static final ArchRule lowerLayersDoNotReachUp = noClasses()
            .that().resideInAnyPackage("..io..", "..analysis..", "..render..")
            .should().dependOnClassesThat().resideInAnyPackage("..map..", "..ui..", "..cli..", "..app..", "..export..")
            .because("data flows io → model → analysis → render → map/export → ui, never back");

    @ArchTest
    static final ArchRule analysisDoesNotReadFiles = noClasses()
            .that().resideInAPackage("..analysis..")
            .should().dependOnClassesThat().resideInAPackage("..io..")
            .because("io checks geometries with analysis's validity shortcuts, so analysis using io would be a cycle");

    @ArchTest
    static final ArchRule noStandardStreamsOutsideLaunchers = noClasses()
            .that().resideOutsideOfPackages("..cli..", "..app..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("library code reports through results and exceptions; only launchers print");

    @ArchTest
    static final ArchRule noGluonOutsideTheMapPackage = noClasses()
            .that().resideOutsideOfPackages("..map..", "..app..", "..ui..")
            .should().dependOnClassesThat().resideInAPackage("com.gluonhq..")
            .because("Gluon Maps is wrapped by the map package alone");

    @ArchTest
    static final ArchRule packagesFreeOfCycles = slices().matching("org.claimscape.(**)").should().beFreeOfCycles()
            .because("each package builds on the ones below it; the window composes its features, never the reverse");

    @ArchTest
    static final ArchRule onlyTheLauncherKnowsTheWindow = noClasses()
            .that().resideOutsideOfPackages("org.claimscape.ui", "org.claimscape.app")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.claimscape.ui.ExplorerView")
            .because("features reach the window through ExplorerContext, not through its layout");

    @ArchTest
    static final ArchRule uiStartsThreadsInOnePlace = noClasses()
            .that().resideInAPackage("org.claimscape.ui..").and().doNotHaveSimpleName("BackgroundTasks")
            .should().callConstructorWhere(target(owner(assignableTo(Thread.class))))
            .orShould().dependOnClassesThat().belongToAnyOf(Executors.class, ForkJoinPool.class)
            .orShould().callMethodWhere(target(owner(assignableTo(CompletableFuture.class)))
                    .and(target(nameMatching(".*Async"))))
            .because("background work of the window goes through BackgroundTasks, which reports failures alike");
}
