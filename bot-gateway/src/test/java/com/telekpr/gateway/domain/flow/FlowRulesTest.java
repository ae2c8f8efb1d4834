package com.telekpr.gateway.domain.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.OrderCommand.PlaceOrder;
import com.telekpr.gateway.domain.ChatUpdate;
import com.telekpr.gateway.domain.Conversation;
import com.telekpr.gateway.domain.Facts;
import com.telekpr.gateway.domain.Lookup;
import com.telekpr.gateway.domain.Press;
import com.telekpr.gateway.domain.Request;
import com.telekpr.gateway.domain.TelegramIdentity;
import com.telekpr.gateway.domain.facts.AccountCard;
import com.telekpr.gateway.domain.facts.PackagePrice;
import com.telekpr.gateway.domain.facts.ProfileCard;
import com.telekpr.gateway.domain.screen.BotTexts;
import com.telekpr.gateway.domain.screen.RegisterPrompts;
import com.telekpr.gateway.domain.screen.Reply;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The flows' rules on their own: plain Java, no Quarkus, no Kafka. */
class FlowRulesTest {
    private static final TelegramIdentity ANA = new TelegramIdentity(42, "ana", "Ana", "Lopez", "en");
    private static final UUID PROFILE = UUID.randomUUID();

    @Test
    void buttonDataIsParsedSafelyWhateverArrives() {
        assertEquals(new Press("w", 12, "pick", "CA"), Press.parse("w12:pick:CA"));
        assertEquals(new Press("ord", -1, "v", "a:b"), Press.parse("ord:v:a:b"));
        assertEquals(new Press("w", -1, "", ""), Press.parse("w"));
        assertEquals(new Press("wx1", -1, "skip", ""), Press.parse("wx1:skip"));
        assertEquals(new Press("", -1, "", ""), Press.parse(null));
        assertNull(Press.parse("ord:v:not-an-id").argAsId());
        assertEquals(new Press("w99999999999999999999", -1, "", ""), Press.parse("w99999999999999999999"));
    }

    @Test
    void everyButtonOfTheWizardFitsTelegramsSixtyFourBytesEvenAtHugeVersions() {
        var conversation = new Conversation("register", "state", Map.of("_mode", "new"), 999_999_999_999L);
        for (String step : RegisterWizard.steps(conversation)) {
            var at = conversation.at(step);
            var message = RegisterWizard.SUMMARY.equals(step) ? RegisterPrompts.summary(request(null, "x", at), at, null)
                    : RegisterPrompts.ask(request(null, "x", at), at, null);
            message.keyboard().stream().flatMap(List::stream).forEach(button ->
                    assertTrue(button.callbackData().getBytes(StandardCharsets.UTF_8).length <= Press.MAX_BYTES,
                            button.callbackData()));
        }
    }

    @Test
    void backFromAnEditReturnsToTheSummaryAndAnInvalidSaveGoesToTheField() {
        var summary = new Conversation("register", "summary", Map.of("_mode", "new", "firstName", "Ana",
                "lastName", "Lopez", "email", "ana@example.com", "phone", "+14155550123", "state", "XX"), 7);
        var edit = new RegisterWizard().decide(request("w7:edit:city", null, summary), Facts.none());
        assertEquals("city", edit.next().step());
        var back = new RegisterWizard().decide(request("w8:back", null, edit.next()), Facts.none());
        assertEquals("summary", back.next().step(), "Back from an edit is the summary, not the field before");

        var save = new RegisterWizard().decide(request("w7:save", null, summary), Facts.none());
        assertEquals("state", save.next().step(), "the bad state found on Save is asked again");
        assertTrue(save.commands().isEmpty());
        assertTrue(((Reply.Message) save.replies().get(0)).text().startsWith("❌ That is not a valid State."));
    }

    @Test
    void theOrderSummaryConfirmsOnlyWhatTheBalanceCovers() {
        var facts = Facts.none()
                .answer(new Lookup.Profiles(), List.of(profile()))
                .answer(new Lookup.Prices(), List.of(new PackagePrice("SITES_100", "100 sites", 100, 100),
                        new PackagePrice("EMAIL_CONFIRMATION", "Email confirmation", 0, 50)))
                .answer(new Lookup.Account(), new AccountCard(149, null));
        var draft = new Conversation("order", "confirm", Map.of("profile", PROFILE.toString(), "package", "SITES_100",
                "email", "yes"), 3);
        var refused = new OrderWizard().decide(request("w3:confirm", null, draft), facts);
        assertTrue(refused.commands().isEmpty(), "149 tokens do not pay for 150");
        assertTrue(((Reply.Message) refused.replies().get(0)).text().contains("short by 1 tokens"));

        facts.answer(new Lookup.Account(), new AccountCard(150, null));
        var placed = new OrderWizard().decide(request("w3:confirm", null, draft), facts);
        var order = assertInstanceOf(PlaceOrder.class, placed.commands().get(0));
        assertEquals(new PlaceOrder(order.orderId(), PROFILE, "SITES_100", true), order);
        assertTrue(placed.next().isIdle());
    }

    @Test
    void typedAmountsAreReadAsTheUsersLanguageGroupsThem() {
        assertEquals(1250, TokensDesk.wholeNumber("1,250"));
        assertEquals(1250, TokensDesk.wholeNumber("1.250"));
        assertEquals(1250, TokensDesk.wholeNumber("1 250"));
        assertEquals(500, TokensDesk.wholeNumber(" 500 "));
        assertEquals(-1, TokensDesk.wholeNumber("12.5"));
        assertEquals(-1, TokensDesk.wholeNumber("-5"));
        assertEquals(-1, TokensDesk.wholeNumber("99999999999"));
        assertEquals(-1, TokensDesk.wholeNumber("lots"));
    }

    private static ProfileCard profile() {
        return new ProfileCard(PROFILE, "Maria", null, "Garcia", "maria@example.com", "+14155550123", null, null,
                null, null, null, null, null, "USA", null, null, false);
    }

    private static Request request(String callbackData, String text, Conversation conversation) {
        var update = new ChatUpdate(1, 42, ANA, text, callbackData == null ? null : "q1", callbackData, 5);
        var visitor = new FrontDesk.Visitor("Ana", false, false, false, false, BotTexts.forLanguage("en"));
        return new Request(update, conversation, visitor, false, LocalDate.parse("2026-11-24"));
    }
}
