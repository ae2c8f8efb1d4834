package com.telekpr.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.telekpr.events.CustomerDetails;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerRulesTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");

    static CustomerDetails valid() {
        return new CustomerDetails("Sarah", "Jane", "Miller-O'Neil", "Sarah@Example.com", "(415) 555-0123", "Female",
                LocalDate.parse("1990-04-12"), "1 Market St", "Apt 5", "San Francisco", "california", "94105", null,
                "@sarah_m", "@sarah.miller");
    }

    @Test
    void aValidProfileComesBackTidy() {
        var tidy = CustomerRules.check(valid(), TODAY);
        assertEquals("sarah@example.com", tidy.email());
        assertEquals("+14155550123", tidy.phone());
        assertEquals("female", tidy.gender());
        assertEquals("CA", tidy.state());
        assertEquals("USA", tidy.country());
        assertEquals("sarah_m", tidy.telegramUsername());
        assertEquals("sarah.miller", tidy.instagramUsername());
    }

    @Test
    void optionalFieldsMayBeEmpty() {
        var minimal = new CustomerDetails("Li", null, "Wu", "li@wu.cn", "+8613800138000", null, null, null, null,
                null, null, null, null, null, null);
        assertEquals("+8613800138000", CustomerRules.check(minimal, TODAY).phone());
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        var bad = new CustomerDetails("S4rah", null, "", "not-an-email", "12345", "robot",
                LocalDate.parse("2030-01-01"), null, null, "S@n Fr@n", "Atlantis", "9410", null, "@ab", "has space");
        var refusal = assertThrows(InvalidCustomerException.class, () -> CustomerRules.check(bad, TODAY));
        assertEquals(List.of("firstName", "lastName", "email", "phone", "gender", "dateOfBirth", "city", "state",
                "postalCode", "telegramUsername", "instagramUsername"),
                refusal.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void anImplausibleAgeIsRefused() {
        var child = new CustomerDetails("Tim", null, "Young", "t@y.io", "4155550123", null,
                LocalDate.parse("2015-01-01"), null, null, null, null, null, null, null, null);
        var refusal = assertThrows(InvalidCustomerException.class, () -> CustomerRules.check(child, TODAY));
        assertEquals("gives an age of 11; it must be 16 to 120", refusal.errors().get(0).message());
    }

    @Test
    void zipPlusFourAndAllFiftyOneStatesAreAccepted() {
        assertEquals(51, UsStates.BY_CODE.size());
        var details = valid();
        var plusFour = new CustomerDetails(details.firstName(), null, details.lastName(), details.email(),
                details.phone(), null, null, null, null, null, "DC", "20001-1234", null, null, null);
        assertEquals("20001-1234", CustomerRules.check(plusFour, TODAY).postalCode());
    }
}
