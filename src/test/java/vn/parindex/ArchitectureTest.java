package vn.parindex;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The house rules (README, "Where is what"): one package per feature, dependencies one way and without cycles; the
 * platform, the workflow kernel and the office toolkit know no feature; Camunda stays in {@code process} sub-packages,
 * the kernel and the platform, and the engine's internals ({@code org.camunda.bpm.engine.impl}) in the kernel and the
 * platform only; Apache POI stays in the features' {@code files} packages and the office toolkit; controllers live in
 * {@code web} packages.
 */
@AnalyzeClasses(packages = "vn.parindex", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** What the platform may import of ours: the kernel, the common helpers and the org data it turns into groups. */
    private static final String[] FOUNDATION = {"vn.parindex.platform..", "vn.parindex.workflow..",
            "vn.parindex.common..", "vn.parindex.orgdirectory.."};

    @ArchTest
    static final ArchRule noCyclesBetweenFeatures = slices().matching("vn.parindex.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule platformKnowsNoFeature = noClasses()
            .that().resideInAPackage("vn.parindex.platform..")
            .should().dependOnClassesThat(resideInAPackage("vn.parindex..")
                    .and(not(resideInAnyPackage(FOUNDATION))))
            .because("features hand the platform what it needs (e.g. AuthorizationContribution beans)");

    @ArchTest
    static final ArchRule officeToolkitKnowsNoFeature = noClasses()
            .that().resideInAPackage("vn.parindex.office..")
            .should().dependOnClassesThat(resideInAPackage("vn.parindex..")
                    .and(not(resideInAnyPackage("vn.parindex.office..", "vn.parindex.common.."))));

    @ArchTest
    static final ArchRule camundaOnlyInProcessKernelAndPlatform = noClasses()
            .that().resideOutsideOfPackages("..process..", "vn.parindex.platform..", "vn.parindex.workflow..")
            .should().dependOnClassesThat().resideInAnyPackage("org.camunda..");

    @ArchTest
    static final ArchRule engineInternalsOnlyInKernelAndPlatform = noClasses()
            .that().resideOutsideOfPackages("vn.parindex.platform..", "vn.parindex.workflow..")
            .should().dependOnClassesThat().resideInAnyPackage("org.camunda.bpm.engine.impl..");

    @ArchTest
    static final ArchRule referenceDataIsTheBottomLayer = noClasses()
            .that().resideInAnyPackage("..orgdirectory..", "..criteria..", "..calendar..", "..referencedata..")
            .should().dependOnClassesThat().resideInAnyPackage("..cycle..", "..plan..", "..scoring..", "..review..",
                    "..consolidation..", "..approval..", "..submission..", "..results..", "..remediation..",
                    "..reporting..", "..internalindex..", "..dashboard..", "..deadlines..");

    @ArchTest
    static final ArchRule scoringDoesNotKnowConsolidation = noClasses()
            .that().resideInAnyPackage("..cycle..", "..plan..", "..scoring..", "..review..")
            .should().dependOnClassesThat().resideInAnyPackage("..consolidation..", "..approval..", "..submission..",
                    "..results..", "..remediation..");

    /** The year's results are read by the remediation plan, never the other way round; the cycle knows neither. */
    @ArchTest
    static final ArchRule resultsDoNotKnowRemediation = noClasses()
            .that().resideInAnyPackage("..results..")
            .should().dependOnClassesThat().resideInAnyPackage("..remediation..");

    /** The workflow kernel serves every feature and knows none of them, nor the platform. */
    @ArchTest
    static final ArchRule theWorkflowKernelKnowsNoFeature = classes()
            .that().resideInAPackage("vn.parindex.workflow..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("vn.parindex.workflow..", "vn.parindex.common..",
                    "java..", "org.camunda..", "org.springframework..", "com.fasterxml..");

    @ArchTest
    static final ArchRule poiOnlyInFilesAndOfficeToolkit = noClasses()
            .that().resideOutsideOfPackages("vn.parindex.*.files..", "vn.parindex.office..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.apache.xmlbeans..",
                    "org.openxmlformats..", "com.microsoft.schemas..");

    @ArchTest
    static final ArchRule controllersLiveInWebPackages = classes()
            .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
            .should().resideInAnyPackage("..web..")
            .because("process/ holds only delegates, listeners and expression beans");
}
