package com.telekpr.order.saga;

import static com.telekpr.order.AsCaller.asStaffAdmin;
import static com.telekpr.order.saga.OrderTraffic.ORDER_EVENTS;
import static com.telekpr.order.saga.OrderTraffic.debit;
import static com.telekpr.order.saga.OrderTraffic.place;
import static com.telekpr.order.saga.OrderTraffic.profileOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.events.OrderEvent.OrderAssigned;
import com.telekpr.events.OrderEvent.OrderStatusChanged;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class FulfilmentTest {
    private final UUID admin = UUID.randomUUID();

    private ValidatableResponse put(UUID order, String status) {
        return asStaffAdmin().contentType("application/json")
                .body("{\"status\":\"" + status + "\",\"actorId\":\"" + admin + "\"}")
                .put("/orders/" + order + "/status").then();
    }

    @Test
    void anOrderGoesThroughProcessingAndAssignmentToCompletion() {
        UUID user = UUID.randomUUID();
        var placed = place(user, profileOf(user), "SITES_550", false);
        debit(user, placed);
        UUID operator = UUID.randomUUID();

        put(placed.orderId(), "processing").statusCode(200).body("status", equalTo("processing"));
        asStaffAdmin().contentType("application/json")
                .body("{\"operatorId\":\"" + operator + "\",\"actorId\":\"" + admin + "\"}")
                .post("/orders/" + placed.orderId() + "/assign").then().statusCode(200)
                .body("operatorId", equalTo(operator.toString()));
        put(placed.orderId(), "completed").statusCode(200).body("status", equalTo("completed"));

        assertEquals(new OrderAssigned(placed.orderId(), operator), ORDER_EVENTS.awaitOne(user, OrderAssigned.class));
        var changes = ORDER_EVENTS.await(user, OrderStatusChanged.class, 3);
        assertEquals("completed", changes.get(2).to());
        asStaffAdmin().get("/orders/" + placed.orderId()).then().body("history.size()", equalTo(5))
                .body("completedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void anIllegalMoveIsAConflictListingWhatIsAllowed() {
        UUID user = UUID.randomUUID();
        var placed = place(user, profileOf(user), "SITES_100", false);
        debit(user, placed);

        put(placed.orderId(), "completed").statusCode(409).body("message",
                equalTo("an order that is pending cannot become completed; allowed: cancelled, processing"));
        put(placed.orderId(), "assigned").statusCode(409);
        put(placed.orderId(), "teleported").statusCode(400).body("field", equalTo("status"));
        put(UUID.randomUUID(), "processing").statusCode(404);
        asStaffAdmin().contentType("application/json").body("{}").post("/orders/" + placed.orderId() + "/assign")
                .then().statusCode(400).body("field", equalTo("operatorId"));
    }
}
