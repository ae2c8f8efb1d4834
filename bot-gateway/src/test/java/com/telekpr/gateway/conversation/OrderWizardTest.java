package com.telekpr.gateway.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.OrderCommand.PlaceOrder;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** /order with this user's prices and balance (order- and wallet-service played over REST by PeerServices). */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OrderWizardTest {
    private final PeerServices peers = PeerServices.start();

    @Test
    void enoughTokensEndsInPlaceOrderWithTheSummaryShown() {
        var chat = new BotChat("en");
        chat.say("/start");
        UUID profile = peers.addProfile(chat.userId(), "Maria", "Garcia");
        peers.balances.put(chat.userId(), 1_000);

        assertTrue(chat.say("/order").text().startsWith("🛒 New order — who is it for?"));
        var packages = chat.press(":profile:" + profile);
        assertTrue(packages.text().startsWith("📦 Choose the package (prices in tokens)"), packages.text());
        assertTrue(packages.keyboard().get(1).get(0).text().equals("550 sites — 550 🪙"), packages.keyboard().toString());
        assertTrue(chat.press(":package:SITES_250").text().startsWith("📧 Add email confirmation for 50 tokens?"));
        var summary = chat.press(":email:yes");
        assertEquals("🧾 Order summary\nCustomer: Maria Garcia\nPackage: 250 sites — 250 tokens\n"
                + "Email confirmation: 50 tokens\nTotal: 300 tokens\nBalance: 1,000 tokens → after: 700 tokens", summary.text());
        assertTrue(chat.press(":confirm").text().startsWith("⏳ Placing your order for 250 sites (300 tokens)"));

        PlaceOrder placed = chat.awaitCommand(PlaceOrder.class);
        assertEquals(profile, placed.customerProfileId());
        assertEquals("SITES_250", placed.packageCode());
        assertTrue(placed.emailConfirmation());
    }

    @Test
    void subscribersSeeTheirPricesAndTooFewTokensOfferATopUpInstead() {
        var chat = new BotChat("en");
        chat.say("/start");
        UUID profile = peers.addProfile(chat.userId(), "Maria", "Garcia");
        peers.balances.put(chat.userId(), 100);
        peers.subscribedUntil.put(chat.userId(), java.time.Instant.parse("2026-12-24T00:00:00Z"));

        chat.pressData("menu:order");
        assertTrue(chat.press(":profile:" + profile).text().contains("your premium prices"));
        chat.press(":package:SITES_250");
        var summary = chat.press(":email:no");
        assertTrue(summary.text().contains("Total: 150 tokens\nBalance: 100 tokens → after: -50 tokens"), summary.text());
        assertTrue(summary.text().endsWith("⚠️ You are short by 50 tokens. Buy tokens, then come back with /order."));
        List<String> data = summary.keyboard().stream().flatMap(List::stream).map(b -> b.callbackData()).toList();
        assertTrue(data.contains("menu:tokens") && data.stream().noneMatch(d -> d.endsWith(":confirm")), data.toString());
        assertTrue(chat.pressData("menu:tokens").text().startsWith("💰 Balance: 100 tokens"));
        assertTrue(chat.commands(PlaceOrder.class).isEmpty());
    }

    @Test
    void aForgedButtonForAnotherUsersProfileIsRefused() {
        var owner = new BotChat("en");
        owner.say("/start");
        UUID theirs = peers.addProfile(owner.userId(), "Other", "Person");
        var chat = new BotChat("en");
        chat.say("/start");
        UUID mine = peers.addProfile(chat.userId(), "Maria", "Garcia");
        peers.balances.put(chat.userId(), 1_000);

        chat.say("/order");
        String forged = chat.button(data -> data.endsWith(mine.toString())).callbackData().replace(mine.toString(),
                theirs.toString());
        var refused = chat.pressData(forged);
        assertTrue(refused.text().startsWith("❌ That profile is not one of yours."), refused.text());
        assertTrue(refused.text().contains("who is it for?"), "asked again");
        assertTrue(chat.press(":cancel").text().startsWith("✖️ Order cancelled"));
        assertTrue(chat.commands(PlaceOrder.class).isEmpty());
    }

    @Test
    void withoutProfilesTheUserIsSentToRegisterFirst() {
        var chat = new BotChat("en");
        var answer = chat.say("/order");
        assertTrue(answer.text().startsWith("👤 You have no customer profiles yet."));
        assertEquals("menu:register", answer.keyboard().get(0).get(0).callbackData());
    }
}
