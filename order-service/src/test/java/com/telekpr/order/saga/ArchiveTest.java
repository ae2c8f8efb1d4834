package com.telekpr.order.saga;

import static com.telekpr.order.saga.OrderTraffic.ORDER_EVENTS;
import static com.telekpr.order.saga.OrderTraffic.debit;
import static com.telekpr.order.saga.OrderTraffic.place;
import static com.telekpr.order.saga.OrderTraffic.profileOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.events.OrderEvent.OrderArchived;
import com.telekpr.events.OrderEvent.OrderCancelled;
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

/** DELETE /orders/{id}: an unfinished order is cancelled with its refund, then archived; a finished one archived. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ArchiveTest {
    private final UUID admin = UUID.randomUUID();
    private final String adminToken = TestCallers.staffToken("admin", admin);

    private RequestSpecification asAdmin() {
        return RestAssured.given().auth().oauth2(adminToken);
    }

    @Test
    void aWaitingOrderIsCancelledWithItsRefundThenArchivedOnce() {
        UUID user = UUID.randomUUID();
        var placed = place(user, profileOf(user), "SITES_100", false);
        debit(user, placed);
        asAdmin().queryParam("customerMessage", "Duplicate order, refunded").delete("/orders/" + placed.orderId())
                .then().statusCode(200).body("status", equalTo("cancelled")).body("archivedAt", notNullValue());
        assertEquals(new OrderCancelled(placed.orderId(), "pending", admin, "Duplicate order, refunded"),
                ORDER_EVENTS.awaitOne(user, OrderCancelled.class));
        assertEquals(new OrderArchived(placed.orderId(), admin), ORDER_EVENTS.awaitOne(user, OrderArchived.class));

        asAdmin().delete("/orders/" + placed.orderId()).then().statusCode(200);
        assertEquals(2L, Sql.count("select count(*) from orders.outbox where type in ('OrderArchived', 'OrderCancelled')"
                + " and position(? in payload) > 0", placed.orderId().toString()), "archived again changes nothing");
    }

    @Test
    void aCompletedOrderIsOnlyArchived() {
        UUID user = UUID.randomUUID();
        var placed = place(user, profileOf(user), "SITES_100", false);
        debit(user, placed);
        String operator = UUID.randomUUID().toString();
        var asOperator = RestAssured.given().auth().oauth2(TestCallers.staffToken("operator", UUID.fromString(operator)))
                .contentType("application/json");
        while (!placed.orderId().toString().equals(asOperator.body("{}").post("/queue/take-next").then().statusCode(200)
                .extract().path("id"))) {
            // earlier tests' orders wait before this one
        }
        asOperator.body("{\"status\":\"completed\"}").put("/orders/" + placed.orderId() + "/status").then().statusCode(200);
        asAdmin().delete("/orders/" + placed.orderId()).then().statusCode(200).body("status", equalTo("completed"))
                .body("archivedAt", notNullValue());
        assertEquals(0L, Sql.count("select count(*) from orders.outbox where type = 'OrderCancelled'"
                + " and position(? in payload) > 0", placed.orderId().toString()));
        asOperator.delete("/orders/" + placed.orderId()).then().statusCode(403);
    }
}
