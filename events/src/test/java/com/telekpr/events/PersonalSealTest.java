package com.telekpr.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PersonalSealTest {
    private static final UUID SARAH = UUID.fromString("7d2b6c1e-3a4f-4e8b-9c1d-2f3a4b5c6d7e");
    private static final CustomerDetails DETAILS = new CustomerDetails("Sarah", null, "Miller", "sarah@example.com",
            "+15551234567", "female", LocalDate.parse("1990-04-02"), "1 Main St", null, "Springfield", "IL", "62701", "US",
            "sarah_m", "sarah.insta");

    private final PersonalSeal seal = PersonalSeal.of(PersonalSeal.newKey());

    @Test
    void aSealedValueReadsAsNothingButOpensWithTheKey() {
        String sealed = seal.seal(SARAH, "sarah@example.com");

        assertTrue(sealed.startsWith(PersonalSeal.PREFIX));
        assertFalse(sealed.contains("sarah"));
        assertNotEquals(sealed, seal.seal(SARAH, "sarah@example.com"), "a fresh nonce each time");
        assertEquals("sarah@example.com", seal.open(SARAH, sealed));
        assertNull(seal.seal(SARAH, null));
    }

    @Test
    void anErasedPersonsValuesOpenToNothingSealedOrNot() {
        String sealed = seal.seal(SARAH, "Sarah Miller");

        assertNull(PersonalSeal.erased().open(SARAH, sealed));
        assertNull(PersonalSeal.erased().open(SARAH, "written before sealing"));
        assertEquals(CustomerDetails.NONE, PersonalSeal.erased().openDetails(SARAH, seal.sealDetails(SARAH, DETAILS)));
        assertThrows(IllegalStateException.class, () -> PersonalSeal.erased().seal(SARAH, "x"));
    }

    @Test
    void aValueSealedForOnePersonDoesNotOpenForAnotherNorWithAnotherKey() {
        String sealed = seal.seal(SARAH, "Sarah Miller");

        assertThrows(MalformedMessageException.class, () -> seal.open(UUID.randomUUID(), sealed));
        assertThrows(MalformedMessageException.class, () -> PersonalSeal.of(PersonalSeal.newKey()).open(SARAH, sealed));
        assertThrows(MalformedMessageException.class, () -> seal.open(SARAH, PersonalSeal.PREFIX + "not base64!"));
        assertThrows(IllegalArgumentException.class, () -> PersonalSeal.of(new byte[16]));
    }

    @Test
    void detailsKeepOnlyGenderCountryAndBirthDateReadableAndOpenWhole() {
        CustomerDetails sealed = seal.sealDetails(SARAH, DETAILS);

        for (String personal : new String[] {"Sarah", "Miller", "example.com", "5551234567", "Main St", "Springfield",
            "62701", "sarah_m", "sarah.insta"}) {
            assertFalse(sealed.toString().contains(personal), personal);
        }
        assertEquals("female", sealed.gender());
        assertEquals("US", sealed.country());
        assertEquals(DETAILS, seal.openDetails(SARAH, sealed));
        assertEquals(DETAILS, seal.openDetails(SARAH, DETAILS), "history from before sealing");
    }
}
