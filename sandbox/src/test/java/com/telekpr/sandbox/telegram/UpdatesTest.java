package com.telekpr.sandbox.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pengrad.telegrambot.model.Chat;
import com.pengrad.telegrambot.model.MessageEntity;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.request.EditMessageText;
import com.pengrad.telegrambot.request.GetUpdates;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.response.GetUpdatesResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** getUpdates through pengrad: the updates fake users cause, offsets, long polling and allowed_updates. */
class UpdatesTest extends SimulatorTestSupport {
    private static final InlineKeyboardMarkup MENU = new InlineKeyboardMarkup(
            new InlineKeyboardButton("Tokens").callbackData("menu:tokens"),
            new InlineKeyboardButton("Site").url("https://example.org"));

    private List<Update> poll(int offset) {
        GetUpdatesResponse response = bot.execute(new GetUpdates().offset(offset).timeout(0));
        assertTrue(response.isOk(), response.description());
        return response.updates();
    }

    @Test
    void messagesAndPressesArriveInOrderWithTelegramsFields() {
        FakeUser ana = telegram.createUser("Ana", "García", "ana_g", "es");
        long first = telegram.userSays(ana, "/start promo");
        int menu = bot.execute(new SendMessage(ana.chatId(), "Menu").replyMarkup(MENU)).message().messageId();
        bot.execute(new EditMessageText(ana.chatId(), menu, "Menu (edited)").replyMarkup(MENU));
        String queryId = telegram.userPresses(ana, menu, "menu:tokens");
        telegram.userSays(ana, "hola");

        List<Update> updates = poll(0);
        assertEquals(3, updates.size());
        Update start = updates.get(0);
        assertEquals(1, first);
        assertEquals(1, start.message().messageId());
        assertEquals("/start promo", start.message().text());
        assertEquals(MessageEntity.Type.bot_command, start.message().entities()[0].type());
        assertEquals(0, start.message().entities()[0].offset());
        assertEquals(6, start.message().entities()[0].length());
        assertEquals(ana.id(), start.message().from().id());
        assertEquals("ana_g", start.message().from().username());
        assertEquals("es", start.message().from().languageCode());
        assertEquals(Chat.Type.Private, start.message().chat().type());
        assertEquals(ana.id(), start.message().chat().id());
        assertEquals("Ana", start.message().chat().firstName());
        assertTrue(start.message().date() > 0);

        Update press = updates.get(1);
        assertEquals(start.updateId() + 1, press.updateId());
        assertEquals(queryId, press.callbackQuery().id());
        assertEquals("menu:tokens", press.callbackQuery().data());
        assertEquals(menu, press.callbackQuery().maybeInaccessibleMessage().messageId());
        assertEquals("Menu (edited)", press.callbackQuery().message().text(), "the message as it reads now");
        assertEquals(ana.id(), press.callbackQuery().from().id());
        assertTrue(press.callbackQuery().chatInstance() != null);

        assertEquals("hola", updates.get(2).message().text());
        assertEquals(3, updates.get(2).message().messageId(), "one id sequence for both sides of the chat");
        assertNull(updates.get(2).message().entities());
    }

    @Test
    void anOffsetConfirmsEveryEarlierUpdate() {
        FakeUser ben = telegram.createUser("Ben", null, null, "en");
        telegram.userSays(ben, "one");
        telegram.userSays(ben, "two");
        List<Update> both = poll(0);
        assertEquals(2, both.size());
        assertEquals(2, poll(0).size(), "unconfirmed updates are delivered again");

        List<Update> rest = poll(both.get(0).updateId() + 1);
        assertEquals(List.of("two"), rest.stream().map(u -> u.message().text()).toList());
        telegram.userSays(ben, "three");
        assertEquals(List.of("three"), poll(rest.get(0).updateId() + 1).stream().map(u -> u.message().text()).toList());
        assertEquals(1, telegram.pendingUpdateCount());
        assertEquals(1, bot.execute(new GetUpdates().limit(1)).updates().size());
    }

    @Test
    void aLongPollReturnsAsSoonAsAnUpdateArrives() throws Exception {
        FakeUser cleo = telegram.createUser("Cleo", null, null, "en");
        long started = System.nanoTime();
        CompletableFuture<GetUpdatesResponse> longPoll = CompletableFuture.supplyAsync(
                () -> bot.execute(new GetUpdates().timeout(10)));
        // the poll must still be waiting after a moment (nothing is pending), so the test measures the wake-up
        assertThrows(TimeoutException.class, () -> longPoll.get(300, TimeUnit.MILLISECONDS));
        telegram.userSays(cleo, "are you there?");
        GetUpdatesResponse response = longPoll.get(10, TimeUnit.SECONDS);
        assertEquals("are you there?", response.updates().get(0).message().text());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 2000, "the poll did not wait its timeout");
    }

    @Test
    void allowedUpdatesFiltersAndPersistsBetweenCalls() {
        FakeUser dan = telegram.createUser("Dan", null, null, "en");
        int menu = bot.execute(new SendMessage(dan.chatId(), "Menu").replyMarkup(MENU)).message().messageId();
        assertTrue(bot.execute(new GetUpdates().allowedUpdates("callback_query")).isOk());

        telegram.userSays(dan, "ignored");
        telegram.userPresses(dan, menu, "menu:tokens");
        List<Update> updates = poll(0);
        assertEquals(1, updates.size());
        assertEquals("menu:tokens", updates.get(0).callbackQuery().data());

        assertTrue(bot.execute(new GetUpdates().offset(updates.get(0).updateId() + 1).allowedUpdates()).isOk());
        telegram.userSays(dan, "heard again");
        assertEquals("heard again", poll(updates.get(0).updateId() + 1).get(0).message().text());
    }
}
