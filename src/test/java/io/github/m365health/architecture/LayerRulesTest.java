package io.github.m365health.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.m365health.cli.Main;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The exporter's own classes keep the layers of DESIGN.md §2–3; a violation fails with the rule's reason. */
class LayerRulesTest {

    private static JavaClasses exporter;
    private static final LayerRules RULES = new LayerRules("io.github.m365health");

    @BeforeAll
    static void importMainClasses() throws URISyntaxException {
        // Only the exporter's own class folder: scanning the whole classpath for the package
        // (the WireMock jar alone is huge) took most of the test's time.
        Path mainClasses = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        exporter = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(mainClasses);
    }

    @Test
    void theDomainImportsNoOtherPackageOfOursAndNoIo() {
        RULES.healthIsPure().check(exporter);
    }

    @Test
    void scrapesCannotReachGraphOrThePoller() {
        RULES.scrapesNeverReachGraph().check(exporter);
    }

    @Test
    void theDemoNeverReachesThePoller() {
        RULES.demoRunsWithoutThePoller().check(exporter);
    }

    @Test
    void onlyCliConstructsThePartsOfOtherPackages() {
        RULES.onlyCliWires().check(exporter);
    }

    @Test
    void reportsImportOnlyTheDomain() {
        RULES.reportsReadOnlyTheDomain().check(exporter);
    }
}
