package org.luoshi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * What Spring Modulith does not express ({@link ModularityTest} checks which module may use which): the reading
 * and the rules are plain Java, without Spring, servlets or a database, so that the CLI runs them without a
 * context. The {@code package-info} classes carry the module annotations and are left out.
 */
class ModuleBoundariesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("package-info"))
            .importPackages("org.luoshi");

    @Test
    void textIsPlainJava() {
        plainJava("org.luoshi.text..");
    }

    @Test
    void assessmentRulesArePlainJava() {
        plainJava("org.luoshi.assessment..");
    }

    @Test
    void documentReadingNeedsNoSpringAndNoDatabase() {
        plainJava("org.luoshi.document..");
    }

    private static void plainJava(String packages) {
        noClasses()
                .that()
                .resideInAPackage(packages)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.servlet..", "java.sql..")
                .check(CLASSES);
    }
}
