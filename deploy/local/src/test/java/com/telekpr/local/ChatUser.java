package com.telekpr.local;

import com.telekpr.sandbox.telegram.Button;
import com.telekpr.sandbox.telegram.FakeUser;
import com.telekpr.sandbox.telegram.SentMessage;
import com.telekpr.sandbox.telegram.TelegramSimulator;
import com.telekpr.testkit.Await;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * A person in the Telegram sandbox, doing only what a person can: type, tap a button of a message they
 * got, and read what the bot sent. Nothing here touches a database.
 */
final class ChatUser {
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    final FakeUser user;
    private final TelegramSimulator telegram;
    private int read;

    ChatUser(TelegramSimulator telegram, FakeUser user) {
        this.telegram = telegram;
        this.user = user;
    }

    /** Types {@code text} and waits for the bot's next message containing {@code expected}. */
    SentMessage say(String text, String expected) {
        telegram.userSays(user, text);
        return await(expected);
    }

    /** Taps the button whose callback data starts or ends with {@code part} on the bot's latest message. */
    SentMessage tap(String part, String expected) {
        SentMessage on = latest();
        Button button = buttonOf(on, data -> data.endsWith(part) || data.startsWith(part));
        telegram.userPresses(user, on.messageId(), button.callbackData());
        return await(expected);
    }

    /** Waits for the next message the bot sends this user that contains {@code expected}; returns it. */
    SentMessage await(String expected) {
        Await.until("\"" + expected + "\" to " + user.firstName(), PATIENCE, () -> find(expected) >= 0);
        int at = find(expected);
        read = at + 1;
        return messages().get(at);
    }

    SentMessage latest() {
        List<SentMessage> all = messages();
        return all.get(all.size() - 1);
    }

    static Button buttonOf(SentMessage message, Predicate<String> data) {
        return message.keyboard().stream().flatMap(List::stream)
                .filter(button -> button.callbackData() != null && data.test(button.callbackData())).findFirst()
                .orElseThrow(() -> new AssertionError("no such button on: " + message.text() + " " + message.keyboard()));
    }

    static String urlOf(SentMessage message) {
        return message.keyboard().stream().flatMap(List::stream).map(Button::url).filter(url -> url != null)
                .findFirst().orElseThrow(() -> new AssertionError("no link on: " + message.text()));
    }

    private int find(String expected) {
        List<SentMessage> all = messages();
        for (int i = read; i < all.size(); i++) {
            if (all.get(i).text() != null && all.get(i).text().contains(expected)) {
                return i;
            }
        }
        return -1;
    }

    private List<SentMessage> messages() {
        return telegram.messages(user.id());
    }
}
