package com.telekpr.order.saga;

import static com.telekpr.order.AsCaller.asBotGateway;
import static com.telekpr.order.AsCaller.asStaffAdmin;
import static com.telekpr.order.saga.OrderTraffic.ORDER_EVENTS;
import static com.telekpr.order.saga.OrderTraffic.debit;
import static com.telekpr.order.saga.OrderTraffic.place;
import static com.telekpr.order.saga.OrderTraffic.profileOf;
import static com.telekpr.order.saga.OrderTraffic.send;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.OrderCommand.RerunOrder;
import com.telekpr.events.OrderEvent.OrderMovedInQueue;
import com.telekpr.events.OrderEvent.OrderPlaced;
import com.telekpr.events.OrderEvent.OrderQueued;
import com.telekpr.events.OrderEvent.OrderRejected;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class QueueAndRerunTest {

    @Test
    void anAdminMovesAnOrderToTheFrontAndTheUserIsToldTheNewPosition() {
        UUID user = UUID.randomUUID();
        UUID profile = profileOf(user);
        debit(user, place(user, profile, "SITES_100", false));
        var last = place(user, profile, "SITES_100", false);
        int before = debit(user, last).queuePosition();
        assertTrue(before >= 2);

        asStaffAdmin().contentType("application/json").body("{\"position\":1}").put("/queue/" + last.orderId()).then()
                .statusCode(200).body("queuePosition", equalTo(1));
        Await.until("the new position is announced", () -> ORDER_EVENTS.of(user, OrderMovedInQueue.class).stream()
                .anyMatch(moved -> moved.orderId().equals(last.orderId()) && moved.queuePosition() == 1));
        asBotGateway().get("/queue").then().statusCode(200).body("[0].id", equalTo(last.orderId().toString()));
        asStaffAdmin().contentType("application/json").body("{\"position\":0}").put("/queue/" + last.orderId()).then()
                .statusCode(400).body("field", equalTo("position"));
    }

    @Test
    void notesAreDatedAndKeptInTheHistory() {
        UUID user = UUID.randomUUID();
        var placed = place(user, profileOf(user), "SITES_100", false);
        asBotGateway().contentType("application/json").body("{\"note\":\"=1+1 call the customer\"}")
                .post("/orders/" + placed.orderId() + "/notes").then().statusCode(200)
                .body("notes", containsString("=1+1 call the customer"));
        asBotGateway().get("/orders/" + placed.orderId()).then()
                .body("history.note", org.hamcrest.Matchers.hasItem("=1+1 call the customer"));
        asStaffAdmin().get("/export/orders.csv?userId=" + user).then().statusCode(200)
                .header("Content-Disposition", containsString("orders.csv"))
                .body(containsString("id,user_id,customer_profile_id"))
                .body(containsString(placed.orderId().toString()));
    }

    @Test
    void aFormulaTypedIntoAProfileIsExportedAsText() {
        UUID user = UUID.randomUUID();
        var sarah = OrderTraffic.sarah();
        var sneaky = new com.telekpr.events.CustomerDetails(sarah.firstName(), null, sarah.lastName(), sarah.email(),
                sarah.phone(), null, null, "=HYPERLINK(\"http://evil\",\"x\")", null, null, null, null, null, null,
                null);
        send(user, new com.telekpr.events.OrderCommand.RegisterCustomer(UUID.randomUUID(), sneaky, null, false));
        ORDER_EVENTS.awaitOne(user, com.telekpr.events.CustomerEvent.CustomerRegistered.class);
        asStaffAdmin().get("/export/customers.csv").then().statusCode(200)
                .body(containsString("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\""));
    }

    @Test
    void aCompletedOrderIsRerunAsANewOrderAndAnUnfinishedOneIsNot() {
        UUID user = UUID.randomUUID();
        var placed = place(user, profileOf(user), "SITES_250", false);
        debit(user, placed);
        UUID notYet = UUID.randomUUID();
        send(user, new RerunOrder(placed.orderId(), notYet));
        assertEquals("NOT_COMPLETED", ORDER_EVENTS.awaitOne(user, OrderRejected.class).reason());

        for (String status : new String[] {"processing", "completed"}) {
            if (status.equals("completed")) {
                asBotGateway().contentType("application/json").body("{\"operatorId\":\"" + UUID.randomUUID() + "\"}")
                        .post("/orders/" + placed.orderId() + "/assign").then().statusCode(200);
            }
            asBotGateway().contentType("application/json").body("{\"status\":\"" + status + "\"}")
                    .put("/orders/" + placed.orderId() + "/status").then().statusCode(200);
        }
        UUID again = UUID.randomUUID();
        send(user, new RerunOrder(placed.orderId(), again));
        Await.until("the rerun is placed", () -> ORDER_EVENTS.of(user, OrderPlaced.class).stream()
                .anyMatch(p -> p.orderId().equals(again)));
        var rerun = ORDER_EVENTS.of(user, OrderPlaced.class).stream().filter(p -> p.orderId().equals(again))
                .findFirst().orElseThrow();
        assertTrue(rerun.rerun());
        assertEquals(250, rerun.tokenCost());
    }
}
