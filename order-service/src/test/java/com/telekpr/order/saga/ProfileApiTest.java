package com.telekpr.order.saga;

import static com.telekpr.order.AsCaller.asAdminApi;
import static com.telekpr.order.AsCaller.asBotGateway;
import static com.telekpr.order.AsCaller.asStaffAdmin;
import static com.telekpr.order.saga.OrderTraffic.ORDER_EVENTS;
import static com.telekpr.order.saga.OrderTraffic.debit;
import static com.telekpr.order.saga.OrderTraffic.place;
import static com.telekpr.order.saga.OrderTraffic.profileOf;
import static com.telekpr.order.saga.OrderTraffic.send;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.events.CustomerEvent.CustomerDeleted;
import com.telekpr.events.CustomerEvent.CustomerRegistered;
import com.telekpr.events.CustomerEvent.CustomerUpdated;
import com.telekpr.events.OrderCommand.RegisterCustomer;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ProfileApiTest {

    @Test
    void listsAndReadsNeverShowThePasswordButTheGuardedReadDoes() {
        UUID user = UUID.randomUUID();
        UUID profile = UUID.randomUUID();
        send(user, new RegisterCustomer(profile, OrderTraffic.sarah(), "correct horse battery", false));
        ORDER_EVENTS.awaitOne(user, CustomerRegistered.class);

        asBotGateway().queryParam("userId", user.toString()).get("/profiles").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].hasPassword", equalTo(true))
                .body(not(containsString("correct horse")));
        asStaffAdmin().get("/profiles/" + profile).then().statusCode(200).body(not(containsString("correct horse")));
        asAdminApi().get("/profiles/" + profile + "/password").then().statusCode(200)
                .body("password", equalTo("correct horse battery"));
        asAdminApi().queryParam("operatorId", UUID.randomUUID().toString()).get("/profiles/" + profile + "/password")
                .then().statusCode(404);
        asBotGateway().queryParam("userId", UUID.randomUUID().toString()).get("/profiles/" + profile).then().statusCode(404);
    }

    @Test
    void anAdminCreatesAProfileWithAGeneratedPassword() {
        UUID user = UUID.randomUUID();
        String body = "{\"userId\":\"" + user + "\",\"generatePassword\":true,\"details\":{\"firstName\":\"Emily\","
                + "\"lastName\":\"Chen\",\"email\":\"emily@example.com\",\"phone\":\"+447911123456\"}}";
        String profile = asStaffAdmin().contentType("application/json").body(body).post("/profiles").then().statusCode(200)
                .body("hasPassword", equalTo(true)).body("country", equalTo("USA")).extract().path("id");
        assertEquals(UUID.fromString(profile), ORDER_EVENTS.awaitOne(user, CustomerRegistered.class).profileId());
        String password = asAdminApi().get("/profiles/" + profile + "/password").then().extract().path("password");
        assertEquals(16, password.length());
        asStaffAdmin().contentType("application/json").body("{\"details\":{}}").post("/profiles").then().statusCode(400)
                .body("field", equalTo("userId"));
    }

    @Test
    void anEditIsCheckedAndPublished() {
        UUID user = UUID.randomUUID();
        UUID profile = profileOf(user);
        String valid = "{\"firstName\":\"Sara\",\"lastName\":\"Miller\",\"email\":\"sara@example.com\","
                + "\"phone\":\"4155550123\",\"state\":\"new york\"}";
        asBotGateway().contentType("application/json").queryParam("userId", user.toString()).body(valid)
                .put("/profiles/" + profile).then().statusCode(200).body("state", equalTo("NY"));
        assertEquals("Sara", SealedDetails.opened(user, ORDER_EVENTS.awaitOne(user, CustomerUpdated.class).details())
                .firstName());

        asStaffAdmin().contentType("application/json")
                .body("{\"firstName\":\"\",\"lastName\":\"M\",\"email\":\"x\",\"phone\":\"1\"}")
                .put("/profiles/" + profile).then().statusCode(400).body("error", equalTo("invalid_customer"))
                .body("errors.field", hasItems("firstName", "email", "phone"));
        asStaffAdmin().contentType("application/json").body("{\"dateOfBirth\":\"yesterday\"}").put("/profiles/" + profile)
                .then().statusCode(400).body("field", equalTo("dateOfBirth"));
    }

    @Test
    void aProfileWithAnOpenOrderCannotBeDeletedAndOneWithoutCan() {
        UUID user = UUID.randomUUID();
        UUID busy = profileOf(user);
        debit(user, place(user, busy, "SITES_100", false));
        asStaffAdmin().delete("/profiles/" + busy).then().statusCode(409).body("error", equalTo("profile_in_use"));

        UUID idle = profileOf(user);
        asBotGateway().queryParam("userId", user.toString()).delete("/profiles/" + idle).then().statusCode(204);
        assertEquals(new CustomerDeleted(idle), ORDER_EVENTS.awaitOne(user, CustomerDeleted.class));
        asStaffAdmin().get("/profiles/" + idle).then().statusCode(404);
    }
}
