package com.telekpr.admin.lists;

import static com.telekpr.admin.Staff.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.telekpr.admin.ReadModels;
import com.telekpr.admin.SeededHistory;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** /api/admin/orders: filters, sorting, paging with totals, and one order with its history. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderListTest {
    private final SeededHistory history = new SeededHistory();

    @BeforeAll
    void seed() {
        ReadModels.clear();
        ReadModels.project(history.envelopes());
    }

    @Test
    void newestFirstByDefaultWithTheTotal() {
        asAdmin().get("/api/admin/orders").then().statusCode(200)
                .body("total", equalTo(7)).body("sort", equalTo("placedAt,desc")).body("size", equalTo(50))
                .body("items.orderId", contains(history.o6.toString(), history.o5.toString(), history.o4.toString(),
                        history.o3.toString(), history.o2.toString(), history.o7.toString(), history.o1.toString()));
    }

    @Test
    void pagesCarryTheWholeTotal() {
        asAdmin().queryParam("size", 3).queryParam("page", 2).queryParam("sort", "placedAt,asc").get("/api/admin/orders")
                .then().statusCode(200).body("total", equalTo(7)).body("page", equalTo(2))
                .body("items.orderId", contains(history.o6.toString()));
    }

    @Test
    void filtersNarrowAndCombine() {
        asAdmin().queryParam("status", "pending").get("/api/admin/orders").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].orderId", equalTo(history.o6.toString()))
                .body("items[0].queuePosition", equalTo(1)).body("items[0].packageName", equalTo("50 sites"));
        asAdmin().queryParam("operator", history.u1.toString()).queryParam("sort", "completedAt,asc")
                .get("/api/admin/orders").then().body("items.orderId", contains(history.o1.toString(), history.o7.toString()));
        asAdmin().queryParam("user", history.u2.toString()).queryParam("package", "SITES_100")
                .queryParam("from", "2026-10-26").queryParam("to", "2026-11-30").get("/api/admin/orders")
                .then().body("items.orderId", contains(history.o3.toString(), history.o7.toString()));
        asAdmin().queryParam("q", "BEN@NEW").get("/api/admin/orders").then()
                .body("total", equalTo(2)).body("items.customerEmail", contains("ben@new.example.com", "ben@new.example.com"));
        asAdmin().queryParam("q", "anna").queryParam("status", "completed").get("/api/admin/orders").then()
                .body("items.username", contains("anna", "anna")).body("items.operatorUsername", contains("op", "op"));
    }

    @Test
    void oneOrderWithEveryStep() {
        asAdmin().get("/api/admin/orders/" + history.o1).then().statusCode(200)
                .body("order.status", equalTo("completed")).body("order.customerName", equalTo("Anna Tester"))
                .body("order.completedAt", equalTo("2026-10-25T10:00:00Z"))
                .body("history.to", contains("awaiting_tokens", "pending", "processing", "assigned", "completed"));
    }

    @Test
    void anUnknownOrderIsNotFound() {
        asAdmin().get("/api/admin/orders/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .body("error", equalTo("not_found"));
        asAdmin().get("/api/admin/orders/nope").then().statusCode(400).body("field", equalTo("id"));
    }

    @Test
    void exportIsExcelReadyAndFormulaSafe() {
        String csv = asAdmin().queryParam("user", history.u4.toString()).get("/api/admin/orders/export").then()
                .statusCode(200).header("Content-Disposition", equalTo("attachment; filename=\"orders.csv\""))
                .extract().asString();
        var lines = csv.split("\r\n");
        org.junit.jupiter.api.Assertions.assertTrue(lines[0].startsWith("\uFEFForder_id,status,placed_at"), lines[0]);
        org.hamcrest.MatcherAssert.assertThat(java.util.List.of(lines), hasSize(3));
        org.junit.jupiter.api.Assertions.assertTrue(lines[1].contains("\"'=HYPERLINK(\"\"x\"\") Tester\""), lines[1]);
    }
}
