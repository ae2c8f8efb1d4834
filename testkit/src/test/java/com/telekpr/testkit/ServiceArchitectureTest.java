package com.telekpr.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rules bite: a small shop with deliberate violations fails them, and says which rule and why. */
class ServiceArchitectureTest {
    private static final String SHOP = "com.telekpr.fixture.shop";

    @Test
    void aViewBuiltFromAnEntityAndAFrameworkInTheDomainAreBothNamed() {
        JavaClasses shop = new ClassFileImporter().importPackages(SHOP);
        List<String> broken = ServiceArchitecture.rules(SHOP).stream()
                .map(rule -> rule.evaluate(shop))
                .filter(result -> result.hasViolation())
                .map(result -> result.getFailureReport().toString())
                .collect(Collectors.toList());
        String report = String.join("\n", broken);
        assertTrue(broken.size() == 2, report);
        assertTrue(report.contains("api builds its answers from application and domain records"), report);
        assertTrue(report.contains("CartView") && report.contains("CartEntity"), report);
        assertTrue(report.contains("domain holds the plain-Java rules") && report.contains("Cart"), report);
    }
}
