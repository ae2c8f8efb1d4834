package com.telekpr.order.saga;

import static com.telekpr.order.AsCaller.asBotGateway;
import static com.telekpr.order.AsCaller.asStaffAdmin;
import static com.telekpr.order.saga.OrderTraffic.place;
import static com.telekpr.order.saga.OrderTraffic.profileOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CatalogueApiTest {

    @Test
    void theSeededCatalogueIsThePrdsAndAUserSeesTheirPrices() {
        asStaffAdmin().get("/catalogue").then().statusCode(200)
                .body("find { it.code == 'SITES_1200' }.regularPrice", equalTo(1000))
                .body("find { it.code == 'SITES_1500' }.subscriberPrice", equalTo(1250))
                .body("find { it.code == 'EMAIL_CONFIRMATION' }.subscriberPrice", equalTo(30));
        asBotGateway().queryParam("userId", UUID.randomUUID().toString()).get("/catalogue/prices").then().statusCode(200)
                .body("find { it.code == 'SITES_850' }.price", equalTo(850));
    }

    @Test
    void aPriceChangeAppliesToNewOrdersOnly() {
        UUID user = UUID.randomUUID();
        UUID profile = profileOf(user);
        var before = place(user, profile, "SITES_650", false);
        try {
            asStaffAdmin().contentType("application/json").body("{\"regularPrice\":700,\"subscriberPrice\":450}")
                    .put("/catalogue/SITES_650").then().statusCode(200).body("regularPrice", equalTo(700));
            var after = place(user, profile, "SITES_650", false);
            org.junit.jupiter.api.Assertions.assertEquals(700, after.tokenCost());
            asStaffAdmin().get("/orders/" + before.orderId()).then().body("tokenCost", equalTo(650));
        } finally {
            asStaffAdmin().contentType("application/json").body("{\"regularPrice\":650,\"subscriberPrice\":450}")
                    .put("/catalogue/SITES_650").then().statusCode(200);
        }
    }

    @Test
    void nonsensePricesAndUnknownEntriesAreRefused() {
        asStaffAdmin().contentType("application/json").body("{\"regularPrice\":100,\"subscriberPrice\":200}")
                .put("/catalogue/SITES_100").then().statusCode(400)
                .body("message", equalTo("SITES_100: the subscriber price cannot exceed the regular price"));
        asStaffAdmin().contentType("application/json").body("{\"regularPrice\":100,\"subscriberPrice\":50}")
                .put("/catalogue/SITES_9999").then().statusCode(404);
        asStaffAdmin().contentType("application/json").body("{\"regularPrice\":100}")
                .put("/catalogue/SITES_100").then().statusCode(400).body("field", equalTo("subscriberPrice"));
        asStaffAdmin().get("/export/customers.csv").then().statusCode(200)
                .body(hasItems()).body(org.hamcrest.Matchers.startsWith("id,user_id,first_name"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("password")));
    }
}
