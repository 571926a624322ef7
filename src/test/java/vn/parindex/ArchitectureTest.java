package vn.parindex;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Camunda stays in process sub-packages (the workflow kernel's among them) and platform; Apache POI stays in reports;
 * reference data does not depend on what builds on it; the workflow kernel depends on no feature.
 */
@AnalyzeClasses(packages = "vn.parindex", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule camundaOnlyInProcessAndPlatform = noClasses()
            .that().resideOutsideOfPackages("..process..", "..platform..")
            .should().dependOnClassesThat().resideInAnyPackage("org.camunda..");

    @ArchTest
    static final ArchRule referenceDataIsTheBottomLayer = noClasses()
            .that().resideInAnyPackage("..orgdirectory..", "..criteria..", "..calendar..", "..referencedata..")
            .should().dependOnClassesThat().resideInAnyPackage("..cycle..", "..plan..", "..scoring..", "..review..",
                    "..consolidation..", "..approval..", "..submission..", "..results..", "..remediation..");

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
    static final ArchRule poiOnlyInReports = noClasses()
            .that().resideOutsideOfPackages("vn.parindex.reports..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.apache.xmlbeans..",
                    "org.openxmlformats..", "com.microsoft.schemas..");
}
