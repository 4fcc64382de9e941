package io.github.m365health.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every layer rule fails on the deliberately broken fixture package, naming the offending class
 * and the rule's reason; so a rule that passes on the exporter passes because the code keeps it.
 */
class LayerRulesFailTest {

    private static final String BROKEN = "io.github.m365health.architecture.broken";
    private static final LayerRules RULES = new LayerRules(BROKEN);
    private static JavaClasses broken;

    @BeforeAll
    static void importFixture() {
        broken = new ClassFileImporter().importPackages(BROKEN);
    }

    @Test
    void aDomainClassReadingAFileBreaksThePureDomainRule() {
        assertViolatedBy(RULES.healthIsPure(), "health.ReadsFiles", "no I/O");
    }

    @Test
    void aCollectorHoldingTheGraphClientOrAPageDrivingThePollerBreaksTheScrapeRule() {
        assertViolatedBy(RULES.scrapesNeverReachGraph(), "metrics.ScrapeCallsGraph", "scrapes never call Graph");
        assertViolatedBy(RULES.scrapesNeverReachGraph(), "web.PageStartsPolls", "scrapes never call Graph");
    }

    @Test
    void aDemoReachingThePollerBreaksTheDemoRule() {
        assertViolatedBy(RULES.demoRunsWithoutThePoller(), "demo.DemoDrivesPoller", "unchanged pipeline");
    }

    @Test
    void aStoreConstructingADomainPartBreaksTheWiringRuleWhileCliAndDataStayAllowed() {
        List<String> details = details(RULES.onlyCliWires());
        assertEquals(1, details.size(), String.join("\n", details));
        assertTrue(details.get(0).contains(BROKEN + ".store.StoreWiresDomain")
                && details.get(0).contains("ImpactCalculator"), details.get(0));
        assertViolatedBy(RULES.onlyCliWires(), "store.StoreWiresDomain", "Main only wires");
    }

    @Test
    void aReportReachingIntoTheStoreBreaksTheReportRule() {
        assertViolatedBy(RULES.reportsReadOnlyTheDomain(), "report.ReportReadsStore", "imports only health");
    }

    private static void assertViolatedBy(ArchRule rule, String offender, String reason) {
        AssertionError failure = assertThrows(AssertionError.class, () -> rule.check(broken));
        String message = failure.getMessage();
        assertTrue(message.contains(BROKEN + "." + offender), message);
        assertTrue(message.contains(reason), message);
    }

    private static List<String> details(ArchRule rule) {
        EvaluationResult result = rule.evaluate(broken);
        return result.getFailureReport().getDetails();
    }
}
