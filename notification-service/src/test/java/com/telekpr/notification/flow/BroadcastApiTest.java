package com.telekpr.notification.flow;

import static com.telekpr.notification.AsCaller.asStaffAdmin;
import static com.telekpr.notification.flow.NotificationTraffic.DELIVERY_EVENTS;
import static com.telekpr.notification.flow.NotificationTraffic.register;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.DeliveryEvent.BroadcastProgress;
import com.telekpr.notification.flow.NotificationTraffic.TestUser;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TelegramSandbox.class, scope = TestResourceScope.GLOBAL)
class BroadcastApiTest {

    @Test
    void aDraftShowsTheExactTextAndRefusesWhatBreaksTheRules() {
        create("Maintenance", "Back at 5 pm.", "🛠", false).statusCode(201)
                .body("status", equalTo("draft")).body("preview", equalTo("🛠 Maintenance\n\nBack at 5 pm."))
                .body("characters", equalTo(13)).body("report.pending", equalTo(0));
        create("Too long", "x".repeat(3901), "", false).statusCode(400).body("field", equalTo("message"))
                .body("message", containsString("3901"));
        create("", "text", "", false).statusCode(400).body("field", equalTo("title"));
        asStaffAdmin().contentType("application/json").body("{\"title\": 5, \"message\": [1]}").post("/broadcasts").then()
                .statusCode(400);
        asStaffAdmin().contentType("application/json").body("{not json").post("/broadcasts").then().statusCode(400);
        asStaffAdmin().get("/broadcasts/" + UUID.randomUUID()).then().statusCode(404);
        asStaffAdmin().post("/broadcasts/not-a-uuid/send").then().statusCode(400).body("field", equalTo("id"));
    }

    @Test
    void testModeReachesAdminsOnly() {
        var admin = register("en", true);
        var customer = register("en", false);
        long admins = Sql.count("select count(*) from notification.telegram_users where is_admin and blocked_at is null");
        asStaffAdmin().contentType("application/json")
                .body(Map.of("title", "Test", "message", "Only for admins", "testMode", true))
                .post("/broadcasts/preview").then().statusCode(200).body("text", equalTo("Test\n\nOnly for admins"))
                .body("recipients", equalTo((int) admins));
        asStaffAdmin().contentType("application/json").body(Map.of("title", "Test", "message", "x".repeat(3901)))
                .post("/broadcasts/preview").then().statusCode(400).body("field", equalTo("message"));
        asStaffAdmin().contentType("application/json").post("/broadcasts/preview").then().statusCode(400);
        String id = create("Test", "Only for admins", "", true).extract().path("id");
        asStaffAdmin().post("/broadcasts/" + id + "/send").then().statusCode(202).body("status", equalTo("sending"));

        Await.until("the broadcast completes", () -> "completed".equals(
                asStaffAdmin().get("/broadcasts/" + id).then().extract().path("status")));
        assertEquals(List.of("Test\n\nOnly for admins"), texts(admin));
        assertTrue(texts(customer).isEmpty());
        Map<String, Object> report = asStaffAdmin().get("/broadcasts/" + id).then().extract().path("report");
        assertEquals(0, report.get("pending"));
        assertEquals(report.get("recipients"), report.get("sent"));
    }

    @Test
    void aRealSendReachesEveryReachableUserOnceAndReportsTheCounts() {
        List<TestUser> users = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            users.add(register("en", false));
        }
        for (int i = 0; i < 3; i++) {
            TelegramSandbox.telegram.block(users.get(i).chatId()); // they blocked the bot; we learn it on sending
        }
        long reachable = Sql.count("select count(*) from notification.telegram_users where blocked_at is null and not suspended");
        String id = create("News", "Hello everyone", "📣", false).extract().path("id");
        asStaffAdmin().post("/broadcasts/" + id + "/send").then().statusCode(202)
                .body("report.recipients", equalTo((int) reachable));
        asStaffAdmin().post("/broadcasts/" + id + "/send").then().statusCode(409).body("error", equalTo("illegal_transition"));

        Await.until("the broadcast completes", Duration.ofSeconds(90), () -> "completed".equals(
                asStaffAdmin().get("/broadcasts/" + id).then().extract().path("status")));
        for (TestUser user : users.subList(3, users.size())) {
            assertEquals(List.of("📣 News\n\nHello everyone"), texts(user), "exactly once to " + user.chatId());
        }
        asStaffAdmin().get("/broadcasts/" + id).then().body("report.blocked", equalTo(3))
                .body("report.sent", equalTo((int) reachable - 3)).body("report.failed", equalTo(0))
                .body("report.pending", equalTo(0));
        UUID broadcast = UUID.fromString(id);
        Await.until("the final progress event", () -> DELIVERY_EVENTS.ofType(BroadcastProgress.class)
                .stream().anyMatch(p -> p.broadcastId().equals(broadcast) && p.status().equals("completed")
                        && p.blocked() == 3 && p.pending() == 0));
        asStaffAdmin().post("/broadcasts/" + id + "/cancel").then().statusCode(409);
    }

    @Test
    void aSendToNamedRecipientsReachesThemAloneWithItsLinkButton() {
        TestUser named = register("en", false);
        TestUser other = register("en", false);
        String id = asStaffAdmin().contentType("application/json").body(Map.of("title", "Night", "message", "For you",
                        "emoji", "", "buttonText", "Open", "buttonUrl", "https://example.com/night"))
                .post("/broadcasts").then().statusCode(201).body("buttonUrl", equalTo("https://example.com/night"))
                .extract().path("id");
        asStaffAdmin().contentType("application/json").body(Map.of("recipients", List.of(named.id().toString())))
                .post("/broadcasts/" + id + "/send-to").then().statusCode(202).body("report.recipients", equalTo(1));
        Await.until("the broadcast completes", Duration.ofSeconds(90), () -> "completed".equals(
                asStaffAdmin().get("/broadcasts/" + id).then().extract().path("status")));
        asStaffAdmin().get("/broadcasts/" + id).then().body("report.sent", equalTo(1));
        var received = TelegramSandbox.telegram.messages(named.chatId());
        assertEquals(List.of("Night\n\nFor you"), texts(named));
        assertEquals("https://example.com/night", received.get(0).keyboard().get(0).get(0).url());
        assertEquals(List.of(), texts(other));
    }

    @Test
    void aHalfGivenOrMalformedButtonIsRefusedNamingTheField() {
        asStaffAdmin().contentType("application/json").body(Map.of("title", "t", "message", "m", "buttonText", "Open"))
                .post("/broadcasts").then().statusCode(400).body("field", equalTo("buttonUrl"));
        asStaffAdmin().contentType("application/json").body(Map.of("title", "t", "message", "m", "buttonText", "Open",
                "buttonUrl", "javascript:alert(1)")).post("/broadcasts").then().statusCode(400).body("field", equalTo("buttonUrl"));
        asStaffAdmin().contentType("application/json").body(Map.of("title", "t", "message", "m",
                "buttonUrl", "https://example.com")).post("/broadcasts").then().statusCode(400).body("field", equalTo("buttonText"));
    }

    @Test
    void aCancelledDraftIsNeverSent() {
        String id = create("Oops", "Never mind", "", false).extract().path("id");
        asStaffAdmin().post("/broadcasts/" + id + "/cancel").then().statusCode(200).body("status", equalTo("cancelled"));
        asStaffAdmin().post("/broadcasts/" + id + "/send").then().statusCode(409);
        asStaffAdmin().queryParam("size", 5).get("/broadcasts").then().statusCode(200).body("[0].id", equalTo(id));
    }

    private static ValidatableResponse create(String title, String message, String emoji, boolean testMode) {
        return asStaffAdmin().contentType("application/json")
                .body(Map.of("title", title, "message", message, "emoji", emoji, "testMode", testMode))
                .post("/broadcasts").then();
    }

    private static List<String> texts(TestUser user) {
        return TelegramSandbox.telegram.messages(user.chatId()).stream().map(m -> m.text()).toList();
    }
}
