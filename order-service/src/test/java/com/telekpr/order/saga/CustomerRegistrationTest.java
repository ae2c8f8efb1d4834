package com.telekpr.order.saga;

import static com.telekpr.order.saga.OrderTraffic.ORDER_EVENTS;
import static com.telekpr.order.saga.OrderTraffic.SENDER;
import static com.telekpr.order.saga.OrderTraffic.sarah;
import static com.telekpr.order.saga.OrderTraffic.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.CustomerDetails;
import com.telekpr.events.CustomerEvent.CustomerRegistered;
import com.telekpr.events.CustomerEvent.CustomerRejected;
import com.telekpr.events.Envelope;
import com.telekpr.events.OrderCommand.RegisterCustomer;
import com.telekpr.events.PersonalSeal;
import com.telekpr.order.application.PasswordCipher;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CustomerRegistrationTest {
    @Inject
    PasswordCipher cipher;

    @Test
    void aValidProfileIsStoredTidyWithItsPasswordEncryptedOnce() {
        UUID user = UUID.randomUUID();
        UUID profile = UUID.randomUUID();
        Envelope command = Envelope.first("bot", user, "p", new RegisterCustomer(profile, sarah(), "s3cret-pass", false));
        SENDER.send(command);
        SENDER.send(command);
        send(user, new RegisterCustomer(profile, sarah(), null, true)); // same profile id, new message: still once

        CustomerRegistered registered = ORDER_EVENTS.awaitOne(user, CustomerRegistered.class);
        assertTrue(PersonalSeal.isSealed(registered.details().phone()), "personal fields travel sealed");
        assertEquals("+14155550123", SealedDetails.opened(user, registered.details()).phone());
        assertEquals("USA", registered.details().country());
        String stored = (String) Sql.column("select password_encrypted from orders.customer_profiles where id = ?",
                profile).get(0);
        assertNotNull(stored);
        assertTrue(!stored.contains("s3cret"));
        assertEquals("s3cret-pass", cipher.decrypt(stored));
        send(user, new RegisterCustomer(UUID.randomUUID(), bad(), null, false));
        ORDER_EVENTS.awaitOne(user, CustomerRejected.class);
        assertEquals(1, ORDER_EVENTS.of(user, CustomerRegistered.class).size());
    }

    @Test
    void anInvalidProfileIsRejectedNamingEveryProblem() {
        UUID user = UUID.randomUUID();
        UUID profile = UUID.randomUUID();
        send(user, new RegisterCustomer(profile, bad(), "short", false));

        var rejected = ORDER_EVENTS.awaitOne(user, CustomerRejected.class);
        assertEquals(profile, rejected.profileId());
        assertEquals(List.of("email: must be an email address like name@example.com",
                "state: must be one of the 50 states or DC, e.g. CA or California"), rejected.problems());
        assertEquals(0, Sql.count("select count(*) from orders.customer_profiles where id = ?", profile));
    }

    private static CustomerDetails bad() {
        var good = sarah();
        return new CustomerDetails(good.firstName(), null, good.lastName(), "nope", good.phone(), null, null, null,
                null, null, "Narnia", null, null, null, null);
    }
}
