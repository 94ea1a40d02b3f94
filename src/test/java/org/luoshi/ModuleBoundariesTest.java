package org.luoshi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module rules of the design brief, checked on every build. */
class ModuleBoundariesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.luoshi");

    @Test
    void modulesHaveNoCycles() {
        slices().matching("org.luoshi.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void textIsPlainJavaAndDependsOnNoOtherModule() {
        noClasses()
                .that()
                .resideInAPackage("org.luoshi.text..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta.servlet..",
                        "java.sql..",
                        "org.luoshi.document..",
                        "org.luoshi.assessment..",
                        "org.luoshi.plan..",
                        "org.luoshi.web..",
                        "org.luoshi.cli..",
                        "org.luoshi.account..")
                .check(CLASSES);
    }

    @Test
    void assessmentRulesArePlainJava() {
        noClasses()
                .that()
                .resideInAPackage("org.luoshi.assessment..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "java.sql..",
                        "org.luoshi.document..",
                        "org.luoshi.plan..",
                        "org.luoshi.web..",
                        "org.luoshi.cli..")
                .check(CLASSES);
    }

    @Test
    void documentReadingNeedsNoSpringAndNoDatabase() {
        noClasses()
                .that()
                .resideInAPackage("org.luoshi.document..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "java.sql..",
                        "org.luoshi.plan..",
                        "org.luoshi.web..",
                        "org.luoshi.cli..",
                        "org.luoshi.account..")
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnTheAdapters() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.luoshi.web..", "org.luoshi.cli..", "org.luoshi")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.luoshi.web..", "org.luoshi.cli..")
                .check(CLASSES);
    }
}
