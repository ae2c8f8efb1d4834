package com.telekpr.wallet.flow;

import static com.telekpr.wallet.AsCaller.asBotGateway;
import static com.telekpr.wallet.AsCaller.asStaffAdmin;
import static com.telekpr.wallet.flow.WalletTraffic.WALLET_EVENTS;
import static com.telekpr.wallet.flow.WalletTraffic.balanceOf;
import static com.telekpr.wallet.flow.WalletTraffic.fund;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.events.AccountEvent.BalanceAdjusted;
import com.telekpr.testkit.TelekprInfrastructure;
import com.telekpr.testkit.TestCallers;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AdjustmentApiTest {

    private static ValidatableResponse adjust(UUID user, String body) {
        return asStaffAdmin().contentType("application/json").body(body).post("/accounts/" + user + "/adjustments")
                .then();
    }

    @Test
    void anAdjustmentMovesTheBalanceWritesTheLedgerAndIsPublished() {
        UUID user = UUID.randomUUID();
        UUID admin = UUID.randomUUID();
        fund(user, 100);
        // the staff token names who adjusts; an adminId in the body is not taken from a person's token
        RestAssured.given().auth().oauth2(TestCallers.staffToken("admin", admin)).contentType("application/json")
                .body("{\"amount\":-30,\"reason\":\" goodwill correction \",\"adminId\":\"" + UUID.randomUUID() + "\"}")
                .post("/accounts/" + user + "/adjustments").then()
                .statusCode(200).body("balanceAfter", equalTo(70)).body("reason", equalTo("goodwill correction"));

        assertEquals(new BalanceAdjusted(-30, 70, "goodwill correction", admin),
                WALLET_EVENTS.awaitOne(user, BalanceAdjusted.class));
        asBotGateway().get("/accounts/" + user + "/transactions").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.type", contains("admin_adjustment", "purchase"))
                .body("items.balanceAfter", contains(70, 100));
    }

    @Test
    void anAdjustmentSentAgainWithItsKeyMintsNothingMore() {
        UUID user = UUID.randomUUID();
        fund(user, 100);
        var asAdmin = RestAssured.given().auth().oauth2(TestCallers.staffToken("admin")).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString());
        String first = asAdmin.body("{\"amount\":50,\"reason\":\"goodwill\"}").post("/accounts/" + user + "/adjustments")
                .then().statusCode(200).extract().asString();
        String again = asAdmin.body("{\"amount\":50,\"reason\":\"goodwill\"}").post("/accounts/" + user + "/adjustments")
                .then().statusCode(200).extract().asString();
        assertEquals(first, again);
        assertEquals(150, balanceOf(user));
        asAdmin.body("{\"amount\":60,\"reason\":\"goodwill\"}").post("/accounts/" + user + "/adjustments").then()
                .statusCode(422).body("field", equalTo("Idempotency-Key"));
        asBotGateway().get("/accounts/" + user + "/transactions").then().body("total", equalTo(2));
    }

    @Test
    void anAdjustmentBelowZeroIsAConflictAndChangesNothing() {
        UUID user = UUID.randomUUID();
        fund(user, 20);
        adjust(user, "{\"amount\":-21,\"reason\":\"too much\"}").statusCode(409)
                .body("error", equalTo("insufficient_balance"))
                .body("message", equalTo("the balance is 20 tokens; a change of -21 would make it negative"));
        assertEquals(20, balanceOf(user));
    }

    @Test
    void badRequestsAreRefusedNamingTheField() {
        UUID user = UUID.randomUUID();
        fund(user, 20);
        adjust(user, "{\"reason\":\"x\"}").statusCode(400).body("field", equalTo("amount"));
        adjust(user, "{\"amount\":0,\"reason\":\"x\"}").statusCode(400)
                .body("message", equalTo("amount must not be zero"));
        adjust(user, "{\"amount\":\"ten\",\"reason\":\"x\"}").statusCode(400).body("field", equalTo("amount"));
        adjust(user, "{\"amount\":1.5,\"reason\":\"x\"}").statusCode(400).body("field", equalTo("amount"));
        adjust(user, "{\"amount\":5}").statusCode(400).body("field", equalTo("reason"));
        adjust(user, "{\"amount\":5,\"reason\":\"   \"}").statusCode(400).body("field", equalTo("reason"));
        adjust(user, "{\"amount\":5,").statusCode(400).body("error", equalTo("invalid_json"));
        adjust(user, "{\"amount\":5,\"reason\":\"" + "x".repeat(501) + "\"}").statusCode(400)
                .body("field", equalTo("reason"));
        adjust(user, "{\"amount\":5,\"reason\":\"" + "x".repeat(70_000) + "\"}").statusCode(413);
        assertEquals(20, balanceOf(user));
    }

    @Test
    void anUnknownUserCannotBeAdjusted() {
        adjust(UUID.randomUUID(), "{\"amount\":5,\"reason\":\"x\"}").statusCode(404);
    }

    @Test
    void theLedgerIsPagedNewestFirstWithCheckedParameters() {
        UUID user = UUID.randomUUID();
        for (int tokens = 1; tokens <= 5; tokens++) {
            fund(user, tokens);
        }
        asBotGateway().queryParam("page", 1).queryParam("size", 2).get("/accounts/" + user + "/transactions").then()
                .statusCode(200).body("total", equalTo(5)).body("items.amount", contains(3, 2));
        asBotGateway().queryParam("size", 0).get("/accounts/" + user + "/transactions").then().statusCode(400)
                .body("field", equalTo("size"));
        asBotGateway().queryParam("page", "first").get("/accounts/" + user + "/transactions").then().statusCode(400)
                .body("field", equalTo("page"));
    }
}
