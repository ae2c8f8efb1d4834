package com.telekpr.notification.flow;

import com.telekpr.events.Envelope;
import com.telekpr.events.Message;
import com.telekpr.events.Topics;
import com.telekpr.events.UserEvent.UserRegistered;
import com.telekpr.sandbox.telegram.SentMessage;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.EventProbe;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TopicSender;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** notification-service's neighbours played on the real topics, and what the Telegram sandbox saw. */
final class NotificationTraffic {
    static final EventProbe DELIVERY_EVENTS = EventProbe.listen(Topics.NOTIFICATION_EVENTS, Topics.USER_EVENTS);
    static final TopicSender SENDER = new TopicSender();

    private NotificationTraffic() {
    }

    /** A user the gateway registered, with a chat of their own; returns once notification-service knows them. */
    static TestUser register(String language, boolean admin) {
        var user = new TestUser(UUID.randomUUID(), ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L));
        send(user.id(), new UserRegistered(user.chatId(), user.chatId(), "user" + user.chatId(), "Test User", language,
                admin, false));
        Await.until("user " + user.id() + " is known", () ->
                Sql.count("select count(*) from notification.telegram_users where user_id = ?", user.id()) == 1);
        return user;
    }

    static Envelope send(UUID user, Message data) {
        Envelope envelope = Envelope.first("test", user, "test", data);
        SENDER.send(envelope);
        return envelope;
    }

    /** Every message the chat received, waiting until there are at least {@code count}. */
    static List<SentMessage> received(long chatId, int count) {
        Await.until(count + " messages in chat " + chatId, Duration.ofSeconds(90),
                () -> TelegramSandbox.telegram.messages(chatId).size() >= count);
        return TelegramSandbox.telegram.messages(chatId);
    }

    /** Waits until every queued message has an outcome, so that "nothing more arrives" can be asserted. */
    static void awaitQueueEmpty() {
        Await.until("the send queue is empty", Duration.ofSeconds(120), () ->
                Sql.count("select count(*) from notification.outgoing_messages where status = 'queued'") == 0);
    }

    record TestUser(UUID id, long chatId) {
    }
}
