package com.telekpr.admin.lists;

import static com.telekpr.admin.Staff.asAdmin;
import static com.telekpr.admin.Staff.asOperator;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import com.telekpr.admin.ReadModels;
import com.telekpr.admin.SeededHistory;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** An operator sees the orders waiting and the orders assigned to them; nothing else, in the list, export or detail. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperatorViewTest {
    private final SeededHistory history = new SeededHistory();

    @BeforeAll
    void seed() {
        ReadModels.clear();
        ReadModels.project(history.envelopes());
    }

    /** What the admin's list says the operator u1 may see: the pending orders, and u1's own. */
    private String[] visibleToU1() {
        List<Map<String, Object>> all = asAdmin().queryParam("size", 200).get("/api/admin/orders").then().statusCode(200)
                .extract().path("items");
        return all.stream().filter(order -> "pending".equals(order.get("status"))
                || history.u1.toString().equals(order.get("operatorId"))).map(order -> (String) order.get("orderId"))
                .toArray(String[]::new);
    }

    @Test
    void theListHoldsTheWaitingOrdersAndTheOperatorsOwn() {
        String[] visible = visibleToU1();
        org.junit.jupiter.api.Assertions.assertTrue(visible.length >= 2, "the history has a pending order and u1's");
        asOperator(history.u1).queryParam("size", 200).get("/api/admin/orders").then().statusCode(200)
                .body("total", equalTo(visible.length)).body("items.orderId", containsInAnyOrder(visible));
    }

    @Test
    void anOperatorLinkedToNoTelegramUserSeesOnlyTheWaitingOrders() {
        asOperator(null).get("/api/admin/orders").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].orderId", equalTo(history.o6.toString()));
    }

    @Test
    void anotherOperatorsOrderOrAFinishedOneIsNotFoundForThem() {
        asOperator(history.u1).get("/api/admin/orders/" + history.o6).then().statusCode(200);
        asOperator(history.u1).get("/api/admin/orders/" + history.o1).then().statusCode(200);
        asOperator(history.u2).get("/api/admin/orders/" + history.o1).then().statusCode(404);
        asOperator(history.u1).get("/api/admin/orders/" + history.o4).then().statusCode(404);
    }

    @Test
    void theExportHoldsWhatTheListHolds() {
        String csv = asOperator(null).get("/api/admin/orders/export").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(2, csv.split("\r\n").length, csv);
    }

    @Test
    void operatorsMayNotReadPeopleOrMoney() {
        for (String path : List.of("/api/admin/users", "/api/admin/customers", "/api/admin/payments", "/api/admin/stats")) {
            asOperator(history.u1).get(path).then().statusCode(403).body("error", equalTo("forbidden"));
        }
    }
}
