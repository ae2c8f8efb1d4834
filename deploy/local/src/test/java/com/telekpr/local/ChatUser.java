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
    private static final Duration PATIENCE = Duration.ofMinutes(4);
    private static final String UNREACHABLE = "I cannot reach that part of TeleKpr";
    private static final Duration RETRY_AFTER = Duration.ofSeconds(3);
    private static final int MAX_ATTEMPTS = 60;

    final FakeUser user;
    private final TelegramSimulator telegram;
    private int read;

    ChatUser(TelegramSimulator telegram, FakeUser user) {
        this.telegram = telegram;
        this.user = user;
    }

    /**
     * Types {@code text} and waits for the bot's next message containing {@code expected}; when the bot
     * says a part of TeleKpr cannot be reached (a service restarting), waits a little and types it again,
     * as a person would.
     */
    SentMessage say(String text, String expected) {
        return persevering(() -> telegram.userSays(user, text), expected);
    }

    /** Taps the button whose callback data starts or ends with {@code part} on the bot's latest message (again if needed). */
    SentMessage tap(String part, String expected) {
        SentMessage on = latest();
        Button button = buttonOf(on, data -> data.endsWith(part) || data.startsWith(part));
        return persevering(() -> telegram.userPresses(user, on.messageId(), button.callbackData()), expected);
    }

    private SentMessage persevering(Runnable act, String expected) {
        for (int attempt = 1; ; attempt++) {
            act.run();
            SentMessage answer = await(expected, UNREACHABLE);
            if (answer.text().contains(expected) || attempt == MAX_ATTEMPTS) {
                return answer;
            }
            long until = System.nanoTime() + RETRY_AFTER.toNanos();
            Await.until("a moment before trying again", () -> System.nanoTime() >= until);
        }
    }

    /** Waits for the next message the bot sends this user that contains {@code expected}; returns it. */
    SentMessage await(String expected) {
        return await(expected, expected);
    }

    /** The next message containing either text, whichever comes first. */
    private SentMessage await(String expected, String or) {
        Await.until("\"" + expected + "\" to " + user.firstName(), PATIENCE, () -> find(expected, or) >= 0);
        int at = find(expected, or);
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

    private int find(String expected, String or) {
        List<SentMessage> all = messages();
        for (int i = read; i < all.size(); i++) {
            String text = all.get(i).text();
            if (text != null && (text.contains(expected) || text.contains(or))) {
                return i;
            }
        }
        return -1;
    }

    /** How many of the bot's messages in this chat contain {@code text}. */
    long count(String text) {
        return messages().stream().filter(message -> message.text() != null && message.text().contains(text)).count();
    }

    private List<SentMessage> messages() {
        return telegram.messages(user.id());
    }
}
