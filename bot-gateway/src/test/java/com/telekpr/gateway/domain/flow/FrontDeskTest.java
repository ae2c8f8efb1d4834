package com.telekpr.gateway.domain.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.gateway.domain.ChatUpdate;
import com.telekpr.gateway.domain.TelegramIdentity;
import com.telekpr.gateway.domain.screen.BotTexts;
import com.telekpr.gateway.domain.screen.Reply;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontDeskTest {
    private static final TelegramIdentity ANA = new TelegramIdentity(42, "ana", "Ana", "Lopez", "es-MX");

    @Test
    void startWelcomesNewcomersAndRegularsWithTheMenu() {
        var first = message(FrontDesk.answer(text("/start"), visitor(true, false, false, false, "es")));
        assertTrue(first.text().startsWith("👋 ¡Bienvenido a TeleKpr, Ana!"), first.text());
        assertEquals(4, first.keyboard().size());
        first.keyboard().stream().flatMap(List::stream).forEach(button ->
                assertTrue(button.callbackData().getBytes(StandardCharsets.UTF_8).length <= 64));
        var again = message(FrontDesk.answer(text("/start@TeleKprBot"), visitor(false, false, false, false, "en")));
        assertTrue(again.text().startsWith("👋 Welcome back, Ana!"), again.text());
    }

    @Test
    void helpExplainsEveryCommandAndOperatorsGetTheirs() {
        var help = message(FrontDesk.answer(text("/help"), visitor(false, false, false, false, "en")));
        for (String command : List.of("/start", "/register", "/order", "/orders", "/tokens", "/subscribe", "/profile")) {
            assertTrue(help.text().contains(command), command);
        }
        assertTrue(!help.text().contains("/queue"));
        var operator = message(FrontDesk.answer(text("/help"), visitor(false, true, false, false, "en")));
        assertTrue(operator.text().contains("/queue"));
    }

    @Test
    void nothingIsMetWithSilence() {
        var unknownCommand = message(FrontDesk.answer(text("/dance"), visitor(false, false, false, false, "en")));
        assertEquals("🤔 /dance is not a command I know. Type /help to see them all.", unknownCommand.text());
        var chatter = message(FrontDesk.answer(text("x".repeat(100)), visitor(false, false, false, false, "en")));
        assertTrue(chatter.text().contains("x".repeat(60) + "…"), chatter.text());
        var press = FrontDesk.answer(new ChatUpdate(1, 42, ANA, null, "q1", "order:old", 7),
                visitor(false, false, false, false, "en"));
        assertEquals(new Reply.ButtonAnswer("q1", null), press.get(0));
        assertEquals("⌛ That button is no longer active. Type /start for the menu.", message(press).text());
    }

    @Test
    void aSuspendedUserIsToldOnceAndThenLeftAlone() {
        var told = message(FrontDesk.answer(text("/start"), visitor(false, false, true, false, "en")));
        assertEquals("⛔ Your account is suspended. Please contact support.", told.text());
        assertTrue(FrontDesk.answer(text("/start"), visitor(false, false, true, true, "en")).isEmpty());
        var press = FrontDesk.answer(new ChatUpdate(1, 42, ANA, null, "q2", "menu:order", 7),
                visitor(false, false, true, true, "en"));
        assertEquals(List.of(new Reply.ButtonAnswer("q2", null)), press, "the spinner still stops");
    }

    @Test
    void commandsAreReadLikeTelegramSendsThem() {
        assertEquals("/start", text("/Start@TeleKprBot now").command());
        assertEquals(null, text("hello").command());
        assertEquals("Ana Lopez", ANA.fullName());
        assertEquals("user 7", new TelegramIdentity(7, null, " ", null, null).fullName());
    }

    private static ChatUpdate text(String text) {
        return new ChatUpdate(1, 42, ANA, text, null, null, 5);
    }

    private static FrontDesk.Visitor visitor(boolean newcomer, boolean operator, boolean suspended, boolean told,
                                             String language) {
        return new FrontDesk.Visitor("Ana", newcomer, operator, suspended, told, BotTexts.forLanguage(language));
    }

    private static Reply.Message message(List<Reply> replies) {
        return assertInstanceOf(Reply.Message.class, replies.get(replies.size() - 1));
    }
}
