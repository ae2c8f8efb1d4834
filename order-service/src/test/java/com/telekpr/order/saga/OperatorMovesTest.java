package com.telekpr.order.saga;

import static com.telekpr.order.AsCaller.asBotGateway;
import static com.telekpr.order.saga.OrderTraffic.debit;
import static com.telekpr.order.saga.OrderTraffic.place;
import static com.telekpr.order.saga.OrderTraffic.profileOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
 * Take next and what an operator's staff token may move: the operator's own orders only; another's is not found,
 * whatever id the request names.
 */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OperatorMovesTest {
    private final UUID operator = UUID.randomUUID();
    private final String operatorToken = TestCallers.staffToken("operator", operator);

    private RequestSpecification asOperator() {
        return RestAssured.given().auth().oauth2(operatorToken).contentType("application/json");
    }

    private static UUID waitingOrder() {
        UUID user = UUID.randomUUID();
        var placed = place(user, profileOf(user), "SITES_100", false);
        debit(user, placed);
        return placed.orderId();
    }

    /** Takes what waits before this test's orders, so the next take is of an order this test placed. */
    private void emptyTheQueue() {
        while (asOperator().body("{}").post("/queue/take-next").then().extract().statusCode() == 200) {
            // taken
        }
    }

    @Test
    void takeNextGivesTheOperatorTheFirstWaitingOrderInHandAndOnceForOneKey() {
        emptyTheQueue();
        UUID first = waitingOrder();
        UUID second = waitingOrder();
        String key = UUID.randomUUID().toString();
        asOperator().header("Idempotency-Key", key).body("{}").post("/queue/take-next").then().statusCode(200)
                .body("id", equalTo(first.toString())).body("status", equalTo("assigned"))
                .body("operatorId", equalTo(operator.toString()));
        // the retry of a take whose answer was lost: the same order, and the next one still waits
        asOperator().header("Idempotency-Key", key).body("{}").post("/queue/take-next").then().statusCode(200)
                .body("id", equalTo(first.toString()));
        assertEquals("pending", Sql.column("select status from orders.orders where id = ?", second).get(0));
        asOperator().body("{}").post("/queue/take-next").then().statusCode(200).body("id", equalTo(second.toString()));
        asOperator().body("{}").post("/queue/take-next").then().statusCode(409).body("error", equalTo("nothing_waiting"));
    }

    @Test
    void theBotNamesTheOperatorWhoTakes() {
        emptyTheQueue();
        UUID order = waitingOrder();
        UUID telegramOperator = UUID.randomUUID();
        asBotGateway().contentType("application/json").body("{\"operatorId\":\"" + telegramOperator + "\"}")
                .post("/queue/take-next").then().statusCode(200).body("id", equalTo(order.toString()))
                .body("operatorId", equalTo(telegramOperator.toString()));
        asBotGateway().contentType("application/json").body("{}").post("/queue/take-next").then().statusCode(400)
                .body("field", equalTo("operatorId"));
    }

    @Test
    void anOperatorMovesTheirOwnOrderButAnotherOperatorsIsNotFound() {
        emptyTheQueue();
        UUID mine = waitingOrder();
        asOperator().body("{}").post("/queue/take-next").then().statusCode(200).body("id", equalTo(mine.toString()));
        UUID theirs = waitingOrder();
        var other = RestAssured.given().auth().oauth2(TestCallers.staffToken("operator", UUID.randomUUID()))
                .contentType("application/json");
        other.body("{}").post("/queue/take-next").then().statusCode(200).body("id", equalTo(theirs.toString()));

        asOperator().body("{\"status\":\"completed\",\"customerMessage\":\"Done\"}").put("/orders/" + theirs + "/status")
                .then().statusCode(404);
        asOperator().body("{\"note\":\"peek\"}").post("/orders/" + theirs + "/notes").then().statusCode(404);
        asOperator().body("{\"status\":\"completed\"}").put("/orders/" + mine + "/status").then().statusCode(200)
                .body("status", equalTo("completed"));
        asOperator().body("{\"operatorId\":\"" + operator + "\"}").post("/orders/" + theirs + "/assign").then()
                .statusCode(403);
        assertEquals("assigned", Sql.column("select status from orders.orders where id = ?", theirs).get(0));
    }

    @Test
    void theActorOfAStaffMoveIsTheTokensPersonNotWhomTheBodyNames() {
        emptyTheQueue();
        UUID order = waitingOrder();
        asOperator().body("{}").post("/queue/take-next").then().statusCode(200);
        UUID pretended = UUID.randomUUID();
        asOperator().body("{\"note\":\"who am I\",\"actorId\":\"" + pretended + "\"}").post("/orders/" + order + "/notes")
                .then().statusCode(200);
        Object actor = Sql.column("select actor_id from orders.order_history where order_id = ? and note = 'who am I'",
                order).get(0);
        assertEquals(operator, actor);
        assertNotEquals(pretended, actor);
    }
}
