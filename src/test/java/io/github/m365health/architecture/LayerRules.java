package io.github.m365health.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * The layers of DESIGN.md sections 2 and 3 as ArchUnit rules, relative to a root package so that
 * the same rules run on the exporter and on the deliberately broken fixtures that prove each rule
 * can fail.
 */
final class LayerRules {

    /** Our packages that hold data and logic; {@code cli} alone puts their parts together. */
    private static final List<String> OURS = List.of(
            "cli", "config", "graph", "health", "readmodel", "store", "poll", "metrics", "web", "translate", "report", "demo",
            "log");

    private final String root;

    LayerRules(String root) {
        this.root = root;
    }

    List<ArchRule> all() {
        return List.of(healthIsPure(), scrapesNeverReachGraph(), demoRunsWithoutThePoller(), onlyCliWires(),
                reportsReadOnlyTheDomain());
    }

    /** The domain can be reasoned about, and tested, without a file, a socket or a database. */
    ArchRule healthIsPure() {
        return noClasses().that().resideInAPackage(pkg("health"))
                .should().dependOnClassesThat().resideInAnyPackage(ourPackagesExcept("health"))
                .orShould().dependOnClassesThat().resideInAnyPackage(
                        "java.io..", "java.net..", "java.nio.file..", "java.sql..", "javax.sql..",
                        "okhttp3..", "okio..", "org.sqlite..", "io.prometheus..", "com.fasterxml.jackson..")
                .because("health is the domain (DESIGN §3): pure functions over records, no other package "
                        + "of ours and no I/O");
    }

    /** A scrape renders the latest snapshot; it must not be able to reach Graph, not even by type. */
    ArchRule scrapesNeverReachGraph() {
        return noClasses().that().resideInAnyPackage(pkg("metrics"), pkg("web"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("graph"), pkg("poll"))
                .because("scrapes never call Graph (DESIGN §2): metrics and web render the read model only");
    }

    /** The demo is a simulated tenant on the wire; the unchanged pipeline polls it like any other. */
    ArchRule demoRunsWithoutThePoller() {
        return noClasses().that().resideInAPackage(pkg("demo"))
                .should().dependOnClassesThat().resideInAPackage(pkg("poll"))
                .because("the demo speaks Graph's HTTP and the unchanged pipeline polls it (DESIGN §2)");
    }

    /**
     * Only {@code cli} constructs the working parts of other packages. Data crosses packages
     * freely: records, enums, exceptions and value classes may be built anywhere.
     */
    ArchRule onlyCliWires() {
        return classes().that().resideOutsideOfPackage(pkg("cli"))
                .should(notConstructComponentsOfOtherPackages())
                .because("Main only wires (DESIGN §3): parts are put together in cli, by constructor injection");
    }

    /** Reports are pure functions over the history, so the web pages and the CLI give the same figures. */
    ArchRule reportsReadOnlyTheDomain() {
        return noClasses().that().resideInAPackage(pkg("report"))
                .should().dependOnClassesThat().resideInAnyPackage(ourPackagesExcept("report", "health", "readmodel"))
                .because("report is pure functions over the history (DESIGN §3): it imports only health and the"
                        + " read model's records")
                .allowEmptyShould(true);
    }

    private ArchCondition<JavaClass> notConstructComponentsOfOtherPackages() {
        return new ArchCondition<>("not construct a component of another package of ours") {
            @Override
            public void check(JavaClass caller, ConditionEvents events) {
                for (JavaConstructorCall call : caller.getConstructorCallsFromSelf()) {
                    JavaClass target = call.getTargetOwner();
                    String targetLayer = layerOf(target.getPackageName());
                    if (targetLayer == null || targetLayer.equals(layerOf(caller.getPackageName())) || isData(target)) {
                        continue;
                    }
                    events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                }
            }
        };
    }

    /** Records, enums, exceptions and value classes (those that define their own equality). */
    private static boolean isData(JavaClass type) {
        return type.isRecord() || type.isEnum() || isThrowable(type)
                || type.tryGetMethod("equals", Object.class).isPresent();
    }

    /**
     * By name: JDK classes are not imported (archunit.properties), so the chain of superclasses
     * ends at the JDK class an exception extends, e.g. java.lang.Exception, before Throwable.
     */
    private static boolean isThrowable(JavaClass type) {
        return type.getAllRawSuperclasses().stream().map(JavaClass::getName).anyMatch(name -> name.startsWith("java.")
                && (name.endsWith("Exception") || name.endsWith("Error") || name.equals("java.lang.Throwable")));
    }

    private String layerOf(String packageName) {
        if (!packageName.startsWith(root + ".")) {
            return null;
        }
        String rest = packageName.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        String layer = dot < 0 ? rest : rest.substring(0, dot);
        return OURS.contains(layer) ? layer : null;
    }

    private String pkg(String layer) {
        return root + "." + layer + "..";
    }

    private String[] ourPackagesExcept(String... allowed) {
        List<String> except = List.of(allowed);
        return OURS.stream().filter(layer -> !except.contains(layer)).map(this::pkg).toArray(String[]::new);
    }
}
