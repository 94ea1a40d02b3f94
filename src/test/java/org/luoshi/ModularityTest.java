package org.luoshi;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules of {@code org.luoshi}: each one's allowed dependencies (its {@code package-info.java}) and named
 * interfaces are verified on every build, and the module documentation is written again into {@code target/modules} ({@code scripts/refresh-docs} copies it into
 * {@code docs/modules})
 * from the code, so that a change of boundaries shows in the diff.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(LuoshiApplication.class);

    @Test
    void modulesKeepTheirDeclaredBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
