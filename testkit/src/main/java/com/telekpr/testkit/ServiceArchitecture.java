package com.telekpr.testkit;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rooms of a service and what each may reach, checked on its compiled classes: every service's test
 * suite runs {@link #check(String)} with its own base package, so a change that puts code in the wrong
 * room fails the build with the rule that says why.
 */
public final class ServiceArchitecture {
    /** Every service's base package: none may import another's classes (they talk over Kafka and REST). */
    static final List<String> SERVICES = List.of("com.telekpr.gateway", "com.telekpr.order", "com.telekpr.wallet",
            "com.telekpr.payment", "com.telekpr.notification", "com.telekpr.admin");
    private static final String[] FRAMEWORKS = {"io.quarkus..", "jakarta..", "org.hibernate..", "io.smallrye..",
            "io.vertx..", "com.fasterxml.jackson..", "org.apache.kafka..", "com.pengrad..", "org.eclipse.microprofile.."};

    private ServiceArchitecture() {
    }

    /** Checks every rule against the production classes under {@code base}; throws naming each broken rule. */
    public static void check(String base) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(base);
        for (ArchRule rule : rules(base)) {
            rule.check(classes);
        }
    }

    /** A service need not have every room (admin-api has no client yet): a rule with nothing to check passes. */
    static List<ArchRule> rules(String base) {
        return Stream.of(
                noClasses().that().resideInAPackage(base + ".domain..")
                        .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                        .because("domain holds the plain-Java rules (aggregates, prices, status machines, flows):"
                                + " unit-tested without Quarkus, so no framework, database, JSON or Telegram library"),
                noClasses().that().resideInAPackage(base + ".api..")
                        .should().dependOnClassesThat().resideInAPackage(base + ".store..")
                        .because("api builds its answers from application and domain records; entities and"
                                + " repositories stay behind the application layer"),
                noClasses().that().resideInAPackage(base + ".client..")
                        .should().dependOnClassesThat(resideInAnyPackage(base + ".application..", base + ".messaging..")
                                .and(not(resideInAPackage(base + ".application.port.."))))
                        .because("client only speaks to other services and third parties; it is called, it does not"
                                + " call in (it may implement an interface the application owns, in application.port)"),
                noClasses().that().resideInAPackage(base + ".messaging..")
                        .should().dependOnClassesThat().resideInAnyPackage(base + ".store..", base + ".api..")
                        .because("a consumer is transport → inbox guard → one application call; the application"
                                + " layer does the loading and saving"),
                slices().matching(base + ".(*)..").namingSlices("$1")
                        .should().beFreeOfCycles()
                        .because("a service's rooms depend one way: api and messaging on application, application"
                                + " on domain, store and client"),
                noClasses().that().resideInAPackage(base + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(SERVICES.stream()
                                .filter(other -> !other.equals(base)).map(other -> other + "..").toArray(String[]::new))
                        .because("services share only the events contract and the libraries; they talk over Kafka and REST"))
                .map(rule -> rule.allowEmptyShould(true)).toList();
    }
}
