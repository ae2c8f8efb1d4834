package com.telekpr.order.saga;

import static com.telekpr.order.saga.OrderTraffic.debit;
import static com.telekpr.order.saga.OrderTraffic.place;
import static com.telekpr.order.saga.OrderTraffic.profileOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import com.telekpr.testkit.TestCallers;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A write sent twice with one Idempotency-Key (a caller's retry after a timeout or a crash) has one effect and
 * answers the same both times; the key with another request is refused; a refused write leaves no key behind.
 */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ExactlyOnceWritesTest {
    private final String adminToken = TestCallers.staffToken("admin");

    private RequestSpecification asAdmin(String key) {
        return RestAssured.given().auth().oauth2(adminToken).header("Idempotency-Key", key).contentType("application/json");
    }

    private UUID waitingOrder() {
        UUID user = UUID.randomUUID();
        var placed = place(user, profileOf(user), "SITES_100", false);
        debit(user, placed);
        return placed.orderId();
    }

    @Test
    void aNoteSentTwiceWithOneKeyIsAddedOnceAndAnsweredAlike() {
        UUID order = waitingOrder();
        String key = UUID.randomUUID().toString();
        String first = asAdmin(key).body("{\"note\":\"called the customer\"}").post("/orders/" + order + "/notes")
                .then().statusCode(200).extract().asString();
        String again = asAdmin(key).body("{\"note\":\"called the customer\"}").post("/orders/" + order + "/notes")
                .then().statusCode(200).extract().asString();
        assertEquals(first, again);
        assertEquals(1L, Sql.count("select count(*) from orders.order_history where order_id = ? and note = ?", order,
                "called the customer"));
        assertEquals(1L, Sql.count("select count(*) from orders.outbox where type = 'OrderNoteAdded' and position(? in payload) > 0",
                order.toString()));
    }

    @Test
    void aStatusChangeRetriedAfterItsAnswerWasLostIsNotRefusedAsIllegal() {
        UUID order = waitingOrder();
        String key = UUID.randomUUID().toString();
        String body = "{\"status\":\"cancelled\",\"note\":\"duplicate\",\"customerMessage\":\"Refunded in full\"}";
        asAdmin(key).body(body).put("/orders/" + order + "/status").then().statusCode(200).body("status", equalTo("cancelled"));
        // without the key a second cancel is a 409; with it, the first answer
        asAdmin(key).body(body).put("/orders/" + order + "/status").then().statusCode(200).body("status", equalTo("cancelled"));
        asAdmin(UUID.randomUUID().toString()).body(body).put("/orders/" + order + "/status").then().statusCode(409);
        assertEquals(1L, Sql.count("select count(*) from orders.outbox where type = 'OrderCancelled' and position(? in payload) > 0",
                order.toString()));
    }

    @Test
    void oneKeyWithAnotherRequestIsRefusedNamingTheHeader() {
        UUID order = waitingOrder();
        String key = UUID.randomUUID().toString();
        asAdmin(key).body("{\"note\":\"first\"}").post("/orders/" + order + "/notes").then().statusCode(200);
        asAdmin(key).body("{\"note\":\"second\"}").post("/orders/" + order + "/notes").then().statusCode(422)
                .body("field", equalTo("Idempotency-Key"));
        assertEquals(0L, Sql.count("select count(*) from orders.order_history where order_id = ? and note = 'second'", order));
    }

    @Test
    void aRefusedWriteLeavesNoKeySoItsRetryIsDecidedAgain() {
        UUID order = waitingOrder();
        String key = UUID.randomUUID().toString();
        asAdmin(key).body("{\"status\":\"completed\"}").put("/orders/" + order + "/status").then().statusCode(409);
        asAdmin(key).body("{\"status\":\"completed\"}").put("/orders/" + order + "/status").then().statusCode(409);
        assertEquals(0L, Sql.count("select count(*) from orders.idempotency_keys where idempotency_key = ?", key));
    }

    @Test
    void anotherCallersKeyIsTheirOwn() {
        UUID order = waitingOrder();
        String key = UUID.randomUUID().toString();
        asAdmin(key).body("{\"note\":\"mine\"}").post("/orders/" + order + "/notes").then().statusCode(200);
        RestAssured.given().auth().oauth2(TestCallers.staffToken("admin")).header("Idempotency-Key", key)
                .contentType("application/json").body("{\"note\":\"theirs\"}").post("/orders/" + order + "/notes")
                .then().statusCode(200);
        assertEquals(2L, Sql.count("select count(*) from orders.order_history where order_id = ? and note in ('mine', 'theirs')",
                order));
    }

    @Test
    void aMalformedKeyIsABadRequest() {
        UUID order = waitingOrder();
        asAdmin("has spaces in it").body("{\"note\":\"x\"}").post("/orders/" + order + "/notes").then().statusCode(400)
                .body("field", equalTo("Idempotency-Key"));
        asAdmin("k".repeat(201)).body("{\"note\":\"x\"}").post("/orders/" + order + "/notes").then().statusCode(400)
                .body("field", equalTo("Idempotency-Key"));
    }
}
