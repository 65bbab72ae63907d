package org.esgstudio.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules of DESIGN.md, one test per rule; each says why it holds. */
@AnalyzeClasses(packages = "org.esgstudio", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule modelImportsNothingFromTheProjectOrAnyLibrary = classes()
            .that().resideInAPackage("org.esgstudio.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.esgstudio.model..", "java..")
            .because("the report model is the stable core every layer shares: it must compile and be tested alone");

    @ArchTest
    static final ArchRule i18nDependsOnTheJdkOnly = classes()
            .that().resideInAPackage("org.esgstudio.i18n..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.esgstudio.i18n..", "java..")
            .because("every layer reports problems through it, so it must not pull any layer in");

    @ArchTest
    static final ArchRule onlyOfficeImportsPoi = noClasses()
            .that().resideOutsideOfPackage("org.esgstudio.office..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..")
            .because("Apache POI is confined to the office layer (xlsx/docx), keeping its size and quirks in one place");

    @ArchTest
    static final ArchRule onlyPdfImportsOpenPdf = noClasses()
            .that().resideOutsideOfPackage("org.esgstudio.pdf..")
            .should().dependOnClassesThat().resideInAnyPackage("com.lowagie..")
            .because("OpenPDF only paints laid-out pages; layout must stay testable without any PDF type");

    @ArchTest
    static final ArchRule onlyStoreUsesJavaSql = noClasses()
            .that().resideOutsideOfPackage("org.esgstudio.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("the project file's schema, transactions and history are the store's alone");

    @ArchTest
    static final ArchRule onlyUiImportsJavaFx = noClasses()
            .that().resideOutsideOfPackage("org.esgstudio.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..",
                    "org.kordamp.ikonli..", "atlantafx..")
            .because("every other layer runs headless: on the command line, in CI and in background tasks");

    @ArchTest
    static final ArchRule onlyJsonUsesJackson = noClasses()
            .that().resideOutsideOfPackage("org.esgstudio.json..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
            .because("the JSON mapping of the folder format and of the stored nodes lives in one package (DESIGN.md: json)");

    @ArchTest
    static final ArchRule onlyCliImportsPicocli = noClasses()
            .that().resideOutsideOfPackage("org.esgstudio.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..")
            .because("command-line parsing belongs to the cli layer");

    @ArchTest
    static final ArchRule nothingDependsOnUiOrCli = noClasses()
            .that().resideOutsideOfPackages("org.esgstudio.ui..", "org.esgstudio.cli..", "org.esgstudio")
            .should().dependOnClassesThat().resideInAnyPackage("org.esgstudio.ui..", "org.esgstudio.cli..")
            .because("the UI and the CLI are two front ends over the same layers; only the launcher (the root package) "
                    + "chooses between them");

    @ArchTest
    static final ArchRule layersOnlyReachDownwards = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("Launcher").definedBy("org.esgstudio")
            .layer("Ui").definedBy("org.esgstudio.ui..")
            .layer("Cli").definedBy("org.esgstudio.cli..")
            .layer("Pdf").definedBy("org.esgstudio.pdf..")
            .layer("Office").definedBy("org.esgstudio.office..")
            .layer("Frameworks").definedBy("org.esgstudio.frameworks..")
            .layer("Layout").definedBy("org.esgstudio.layout..")
            .layer("Store").definedBy("org.esgstudio.store..")
            .layer("Review").definedBy("org.esgstudio.review..")
            .layer("Json").definedBy("org.esgstudio.json..")
            .layer("Figures").definedBy("org.esgstudio.figures..")
            .layer("Data").definedBy("org.esgstudio.data..")
            .layer("Model").definedBy("org.esgstudio.model..")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Pdf").mayOnlyBeAccessedByLayers("Ui", "Cli")
            .whereLayer("Office").mayOnlyBeAccessedByLayers("Ui", "Cli")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Ui", "Cli", "Office", "Frameworks")
            // Sign-off is evaluated purely from the project and its approvals; the store only keeps the approvals and
            // comments. Office writes the review's results as documents: the evidence list of values' lineage, the Word
            // review copy's comment threads and the change report of two versions (never the other way).
            .whereLayer("Review").mayOnlyBeAccessedByLayers("Ui", "Cli", "Store", "Office")
            .whereLayer("Json").mayOnlyBeAccessedByLayers("Ui", "Cli", "Store", "Office", "Frameworks", "Review")
            .whereLayer("Layout").mayOnlyBeAccessedByLayers("Ui", "Cli", "Pdf", "Json")
            .whereLayer("Figures").mayOnlyBeAccessedByLayers("Ui", "Cli", "Office", "Layout", "Pdf", "Frameworks",
                    "Store", "Review")
            .whereLayer("Data").mayOnlyBeAccessedByLayers("Ui", "Cli", "Pdf", "Office", "Frameworks", "Layout",
                    "Store", "Json", "Figures", "Review")
            .because("DESIGN.md draws the layers top-down: model at the bottom, the front ends at the top "
                    + "(json reads the layout's theme files, since only json may use Jackson)");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.esgstudio.(*)..").should().beFreeOfCycles()
            .because("cycles between layers make them impossible to test, reason about or replace one at a time");
}
