package com.telekpr.admin.lists;

import static com.telekpr.admin.Staff.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.telekpr.admin.ReadModels;
import com.telekpr.admin.SeededHistory;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** /api/admin/users, /customers, /payments and /broadcasts on the seeded history. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleListTest {
    private final SeededHistory history = new SeededHistory();

    @BeforeAll
    void seed() {
        ReadModels.clear();
        ReadModels.project(history.envelopes());
    }

    @Test
    void usersWithTheirMoneyAndOrders() {
        asAdmin().queryParam("sort", "tokensSpent,desc").get("/api/admin/users").then().statusCode(200)
                .body("total", equalTo(4)).body("items[0].username", equalTo("anna")).body("items[1].username", equalTo("cara"))
                .body("items[0].tokensSpent", equalTo(300)).body("items[0].ordersCount", equalTo(3))
                .body("items[0].usdPaid", equalTo(25.0f)).body("items[0].balance", equalTo(50));
        asAdmin().queryParam("role", "operator").get("/api/admin/users").then().body("items.username", contains("op"));
        asAdmin().queryParam("subscriber", "true").get("/api/admin/users").then().body("items.username", contains("cara"));
        asAdmin().queryParam("q", "cara c").get("/api/admin/users").then().body("items.username", contains("cara"));
    }

    @Test
    void oneUserWithLedgerOrdersAndTimeline() {
        asAdmin().queryParam("ledgerSize", 2).get("/api/admin/users/" + history.u3).then().statusCode(200)
                .body("user.balance", equalTo(510)).body("user.tokensSpent", equalTo(0))
                .body("ledger.total", equalTo(5)).body("ledger.items.type", contains("admin_adjustment", "subscription"))
                .body("orders.total", equalTo(2))
                .body("timeline.summary", hasItem("order rejected: INSUFFICIENT_BALANCE"))
                .body("timeline.summary", hasItem(startsWith("+10 tokens by an admin (goodwill)")))
                .body("timeline[0].summary", equalTo("premium expired"));
    }

    @Test
    void customersWithoutTheDeletedUnlessAsked() {
        asAdmin().get("/api/admin/customers").then().statusCode(200).body("total", equalTo(2))
                .body("items.firstName", contains("Ben", "Anna")).body("items[0].email", equalTo("ben@new.example.com"))
                .body("items[0].ordersCount", equalTo(2)).body("items[0].keySet()", not(hasItem("password")));
        asAdmin().queryParam("deleted", "true").queryParam("sort", "registeredAt,asc").get("/api/admin/customers").then()
                .body("total", equalTo(3)).body("items[2].deletedAt", equalTo("2026-11-06T09:10:00Z"));
        asAdmin().get("/api/admin/customers/" + history.c2).then().statusCode(200)
                .body("customer.ownerUsername", equalTo("anna")).body("orders.total", equalTo(3));
    }

    @Test
    void customersExportCarriesEveryField() {
        String csv = asAdmin().queryParam("q", "anna").get("/api/admin/customers/export").then().statusCode(200)
                .extract().asString();
        var lines = csv.split("\r\n");
        org.junit.jupiter.api.Assertions.assertEquals(2, lines.length, csv);
        org.junit.jupiter.api.Assertions.assertTrue(lines[1].startsWith(history.c2 + ",anna,Anna,,Tester,anna@example.com,"
                + "'+15550100,female,1990-01-01,1 Main St"), lines[1]);
    }

    @Test
    void paymentsAndBroadcasts() {
        asAdmin().queryParam("status", "paid").queryParam("sort", "amountUsd,desc").get("/api/admin/payments").then()
                .statusCode(200).body("total", equalTo(3)).body("items.trackId", contains("T2", "T1", "T5"));
        asAdmin().queryParam("q", "t3").get("/api/admin/payments").then().body("items.status", contains("expired"));
        asAdmin().get("/api/admin/broadcasts").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].status", equalTo("completed")).body("items[0].successRate", equalTo(0.75f));
    }
}
