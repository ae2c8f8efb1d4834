package com.telekpr.order.saga;

import static com.telekpr.order.AsCaller.asAdminApi;
import static com.telekpr.order.AsCaller.asStaffAdmin;
import static com.telekpr.order.saga.OrderTraffic.ORDER_EVENTS;
import static com.telekpr.order.saga.OrderTraffic.sarah;
import static com.telekpr.order.saga.OrderTraffic.send;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.events.CustomerEvent.CustomerRegistered;
import com.telekpr.events.OrderCommand.RegisterCustomer;
import com.telekpr.events.UserEvent.UserErased;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class PersonErasureTest {

    @Test
    void userErasedEmptiesTheirProfilesAndDestroysTheirKeyOnce() {
        UUID user = UUID.randomUUID();
        UUID profile = UUID.randomUUID();
        send(user, new RegisterCustomer(profile, sarah(), "s3cret-pass", false));
        ORDER_EVENTS.awaitOne(user, CustomerRegistered.class);
        asAdminApi().get("/personal-keys/" + user).then().statusCode(200).body("erased", equalTo(false));

        var erased = send(user, new UserErased());
        OrderTraffic.SENDER.send(erased); // redelivered: nothing more to do

        Await.until("the profile emptied", () -> Sql.count("select count(*) from orders.customer_profiles where id = ?"
                + " and erased_at is not null and first_name is null and email is null and phone is null"
                + " and password_encrypted is null", profile) == 1);
        asAdminApi().get("/personal-keys/" + user).then().statusCode(200).body("erased", equalTo(true))
                .body("key", nullValue());
        asStaffAdmin().get("/profiles/" + profile).then().statusCode(404);
        assertEquals(0, Sql.count("select count(*) from orders.outbox where message_key = ? and sent_at is not null",
                user.toString()), "the sent events about them are history on Kafka alone");
        asAdminApi().get("/personal-keys/" + UUID.randomUUID()).then().statusCode(404);
    }
}
