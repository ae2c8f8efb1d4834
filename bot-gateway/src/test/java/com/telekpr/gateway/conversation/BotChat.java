package com.telekpr.gateway.conversation;

import com.telekpr.events.Button;
import com.telekpr.events.Command;
import com.telekpr.events.NotificationCommand.SendMessage;
import com.telekpr.events.Topics;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.EventProbe;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TopicSender;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * One Telegram user talking to the bot the way Telegram delivers it: raw updates on telegram.updates,
 * keyed by chat; the bot's answers read back as the SendMessage commands it gives notification-service,
 * and the commands it gives the owning services.
 */
final class BotChat {
    static final EventProbe REPLIES = EventProbe.listen(Topics.NOTIFICATION_COMMANDS);
    static final EventProbe COMMANDS = EventProbe.listen(Topics.ORDER_COMMANDS, Topics.PAYMENT_COMMANDS,
            Topics.WALLET_COMMANDS);
    private static final TopicSender SENDER = new TopicSender();
    private static final AtomicLong NEXT_UPDATE = new AtomicLong(1_500_000_000L + System.currentTimeMillis() % 100_000 * 1_000);
    private static final AtomicLong NEXT_USER = new AtomicLong(3_000_000_000L + System.currentTimeMillis() % 1_000_000 * 100);

    final long telegramId;
    final String language;
    private UUID userId;
    private int answers;

    BotChat(String language) {
        this(NEXT_USER.incrementAndGet(), language);
    }

    BotChat(long telegramId, String language) {
        this.telegramId = telegramId;
        this.language = language;
    }

    /** The gateway's id of this user (known after the first update). */
    UUID userId() {
        if (userId == null) {
            Await.until("user " + telegramId + " exists", () ->
                    Sql.count("select count(*) from gateway.users where telegram_id = ?", telegramId) == 1);
            userId = (UUID) Sql.column("select id from gateway.users where telegram_id = ?", telegramId).get(0);
        }
        return userId;
    }

    SendMessage say(String text) {
        send(message(NEXT_UPDATE.incrementAndGet(), text));
        return next();
    }

    /** Presses the button of the bot's last message whose callback data ends with {@code suffix}. */
    SendMessage press(String suffix) {
        return pressData(button(data -> data.endsWith(suffix)).callbackData());
    }

    SendMessage pressData(String data) {
        return pressOn(1_000_000L + answers, data);
    }

    /** A tap on the bot's message {@code messageId} (the same id again for a second tap on one message). */
    SendMessage pressOn(long messageId, String data) {
        send(pressUpdate(NEXT_UPDATE.incrementAndGet(), data, messageId));
        return next();
    }

    /** Puts a text message on telegram.updates without waiting for the answer; returns its update id. */
    long publish(String text) {
        long updateId = NEXT_UPDATE.incrementAndGet();
        send(message(updateId, text));
        return updateId;
    }

    /** A sticker: a message with no text. */
    SendMessage sendSticker() {
        long updateId = NEXT_UPDATE.incrementAndGet();
        send(message(updateId, "").replace(",\"text\":\"\"", ",\"sticker\":{\"file_id\":\"s1\",\"file_unique_id\":\"u1\","
                + "\"type\":\"regular\",\"width\":512,\"height\":512,\"is_animated\":false,\"is_video\":false}"));
        return next();
    }

    /** Telegram delivering the same update twice (a retried webhook): one answer only. */
    SendMessage sayTwice(String text) {
        String update = message(NEXT_UPDATE.incrementAndGet(), text);
        send(update);
        send(update);
        return next();
    }

    Button button(Predicate<String> data) {
        return last().keyboard().stream().flatMap(List::stream).filter(b -> b.callbackData() != null)
                .filter(b -> data.test(b.callbackData())).findFirst()
                .orElseThrow(() -> new AssertionError("no such button in " + last().keyboard()));
    }

    SendMessage last() {
        return REPLIES.of(userId(), SendMessage.class).get(answers - 1);
    }

    /** How many answers the bot has sent this user so far. */
    int answerCount() {
        return REPLIES.of(userId(), SendMessage.class).size();
    }

    <T extends Command> List<T> commands(Class<T> type) {
        return COMMANDS.of(userId(), type);
    }

    <T extends Command> T awaitCommand(Class<T> type) {
        return COMMANDS.awaitOne(userId(), type);
    }

    private SendMessage next() {
        answers++;
        return REPLIES.await(userId(), SendMessage.class, answers).get(answers - 1);
    }

    private void send(String update) {
        SENDER.sendRaw(Topics.TELEGRAM_UPDATES, Long.toString(telegramId), update);
    }

    private String message(long updateId, String text) {
        String entities = text.startsWith("/")
                ? ",\"entities\":[{\"offset\":0,\"length\":" + text.split(" ")[0].length() + ",\"type\":\"bot_command\"}]" : "";
        return """
                {"update_id":%d,"message":{"message_id":%d,"from":{"id":%d,"is_bot":false,"first_name":"Ana","last_name":"Lopez",\
                "username":"ana%d","language_code":"%s"},"chat":{"id":%d,"first_name":"Ana","type":"private"},\
                "date":1764000000,"text":"%s"%s}}""".formatted(updateId, updateId % 100_000, telegramId, telegramId,
                language, telegramId, text.replace("\\", "\\\\").replace("\"", "\\\""), entities);
    }

    private String pressUpdate(long updateId, String data, long messageId) {
        return """
                {"update_id":%d,"callback_query":{"id":"q%d","from":{"id":%d,"is_bot":false,"first_name":"Ana",\
                "last_name":"Lopez","username":"ana%d","language_code":"%s"},"message":{"message_id":%d,\
                "from":{"id":1,"is_bot":true,"first_name":"TeleKpr"},"chat":{"id":%d,"type":"private"},\
                "date":1764000000,"text":"…"},"chat_instance":"ci%d","data":"%s"}}""".formatted(updateId, updateId,
                telegramId, telegramId, language, messageId, telegramId, telegramId, data);
    }

}
