package com.telekpr.gateway.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.OrderCommand.CancelOrder;
import com.telekpr.events.OrderCommand.RerunOrder;
import com.telekpr.events.OrderCommand.UpdateCustomer;
import com.telekpr.events.PaymentCommand.CreateTokenPurchase;
import com.telekpr.events.WalletCommand.PurchaseSubscription;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** /orders, /tokens, /subscribe and /profile: what each shows, and the commands their buttons give. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CustomerDesksTest {
    private final PeerServices peers = PeerServices.start();

    @Test
    void ordersPageByPageWithDetailsCancelAndRerun() {
        var chat = new BotChat("en");
        chat.say("/start");
        UUID pending = peers.addOrder(chat.userId(), "pending", 3);
        UUID completed = peers.addOrder(chat.userId(), "completed", null);
        for (int i = 0; i < 5; i++) {
            peers.addOrder(chat.userId(), "cancelled", null);
        }
        var list = chat.say("/orders");
        assertTrue(list.text().startsWith("📋 Your orders — All — page 1 of 2 (7 in all)"), list.text());
        assertTrue(chat.pressData("ords:all:1").text().contains("page 2 of 2"));
        assertTrue(chat.pressData("ords:pending:0").text().contains("Pending — page 1 of 1 (1 in all)"));
        var details = chat.pressData("ord:v:" + pending);
        assertTrue(details.text().contains("Status: 🕒 pending") && details.text().contains("📍 Position in the queue: 3"),
                details.text());
        assertTrue(chat.press("ord:c:" + pending).text().startsWith("Cancel order #"));
        assertTrue(chat.press("ord:cc:" + pending).text().startsWith("⏳ Cancelling order #"));
        assertEquals(pending, chat.awaitCommand(CancelOrder.class).orderId());

        assertTrue(chat.pressData("ord:cc:" + completed).text().contains("only pending orders can be cancelled"));
        chat.pressData("ord:v:" + completed);
        assertTrue(chat.press("ord:r:" + completed).text().startsWith("⏳ Ordering #"));
        assertEquals(completed, chat.awaitCommand(RerunOrder.class).orderId());
    }

    @Test
    void anotherUsersOrderIsNotFoundAndGarbageButtonsGetAnAnswer() {
        var owner = new BotChat("en");
        owner.say("/start");
        UUID theirs = peers.addOrder(owner.userId(), "pending", 1);
        var chat = new BotChat("en");
        chat.say("/start");
        assertEquals("❌ I cannot find that order among yours.", chat.pressData("ord:cc:" + theirs).text());
        assertEquals("❌ I cannot find that order among yours.", chat.pressData("ord:cc:not-an-id").text());
        assertTrue(chat.pressData("zz:garbage").text().startsWith("⌛ That button is no longer active"));
        assertTrue(chat.commands(CancelOrder.class).isEmpty());
    }

    @Test
    void tokensShowBalanceHistoryAndBuyBundlesOrATypedAmount() {
        var chat = new BotChat("en");
        chat.say("/start");
        peers.balances.put(chat.userId(), 500);
        var tokens = chat.say("/tokens");
        assertTrue(tokens.text().startsWith("💰 Balance: 500 tokens\n\nRecent transactions:\n• 2026-11-20  +500 — tokens bought"),
                tokens.text());
        assertEquals("500 tokens — $50.00", chat.button(data -> data.equals("tok:buy:500")).text());
        String bundle = chat.button(data -> data.equals("tok:buy:500")).callbackData();
        assertTrue(chat.pressOn(77, bundle).text().startsWith("⏳ Creating your payment link for 500 tokens ($50.00)"));
        chat.pressOn(77, bundle);
        var twoTaps = BotChat.COMMANDS.await(chat.userId(), CreateTokenPurchase.class, 2);
        assertEquals(twoTaps.get(0).paymentId(), twoTaps.get(1).paymentId(), "a double tap asks for one payment");

        chat.say("/tokens");
        assertTrue(chat.press("tok:custom").text().startsWith("✍️ How many tokens? Type a number from 50 to 100000"));
        assertTrue(chat.say("lots").text().startsWith("❌ Please type a whole number from 50 to 100000."));
        assertTrue(chat.say("20").text().startsWith("❌"));
        assertTrue(chat.say("1,250").text().startsWith("⏳ Creating your payment link for 1,250 tokens ($125.00)"));
        assertEquals(3, BotChat.COMMANDS.await(chat.userId(), CreateTokenPurchase.class, 3).size(), "the typed amount asked too");
        assertTrue(chat.pressData("tok:buy:99999999").text().startsWith("❌ Please type a whole number"),
                "a forged amount is refused");
    }

    @Test
    void spanishSpeakersTypeAmountsTheirWay() {
        var chat = new BotChat("es");
        chat.say("/start");
        chat.say("/tokens");
        assertTrue(chat.press("tok:custom").text().contains("del 50 al 100000"), chat.last().text());
        assertTrue(chat.say("2.500").text().startsWith("⏳"), chat.last().text());
        assertEquals(2_500, chat.awaitCommand(CreateTokenPurchase.class).tokens());
    }

    @Test
    void premiumIsBoughtOnceEvenIfTheButtonIsTappedTwice() {
        var chat = new BotChat("en");
        chat.say("/start");
        peers.balances.put(chat.userId(), 400);
        var offer = chat.say("/subscribe");
        assertTrue(offer.text().startsWith("⭐ You have no premium subscription."), offer.text());
        String buy = chat.button(data -> data.endsWith(":buy")).callbackData();
        assertTrue(chat.pressData(buy).text().startsWith("⏳ Activating premium for 300 tokens"));
        assertTrue(chat.pressData(buy).text().startsWith("⌛"), "the second tap is stale");
        assertEquals("premium", chat.awaitCommand(PurchaseSubscription.class).type());
        assertEquals(1, chat.commands(PurchaseSubscription.class).size());

        peers.balances.put(chat.userId(), 100);
        var short_ = chat.say("/subscribe");
        assertTrue(short_.text().endsWith("⚠️ You are short by 200 tokens."), short_.text());
    }

    @Test
    void profilesAreListedShownAndEditedIntoUpdateCustomer() {
        var chat = new BotChat("en");
        chat.say("/start");
        UUID profile = peers.addProfile(chat.userId(), "Maria", "Garcia");
        assertTrue(chat.say("/profile").text().startsWith("👥 Your customer profiles (1)"));
        var shown = chat.press("prf:v:" + profile);
        assertTrue(shown.text().contains("Email: maria@example.com"), shown.text());
        assertTrue(chat.press("prf:e:" + profile).text().startsWith("📋 Please check the profile"));
        chat.press(":edit:lastName");
        chat.say("Garcia-Lopez");
        chat.press(":save");
        var update = chat.awaitCommand(UpdateCustomer.class);
        assertEquals(profile, update.profileId());
        assertEquals("Garcia-Lopez", update.details().lastName());
        assertEquals("maria@example.com", update.details().email());
    }
}
