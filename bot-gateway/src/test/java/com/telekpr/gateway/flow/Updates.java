package com.telekpr.gateway.flow;

import com.telekpr.events.Topics;
import com.telekpr.testkit.TopicSender;
import java.util.concurrent.atomic.AtomicLong;

/** Raw Telegram updates as Telegram sends them, for the webhook or straight onto telegram.updates. */
final class Updates {
    static final TopicSender SENDER = new TopicSender();
    /** Telegram's update ids (and pengrad's model of them) are 32-bit: start somewhere fresh below 2^31. */
    private static final AtomicLong NEXT_ID = new AtomicLong(1_000_000_000L + System.currentTimeMillis() % 1_000_000 * 1_000);

    private Updates() {
    }

    static long nextId() {
        return NEXT_ID.incrementAndGet();
    }

    static String message(long updateId, long userId, String text, String language) {
        String entities = text.startsWith("/")
                ? ",\"entities\":[{\"offset\":0,\"length\":" + text.split(" ")[0].length() + ",\"type\":\"bot_command\"}]" : "";
        return """
                {"update_id":%d,"message":{"message_id":%d,"from":{"id":%d,"is_bot":false,"first_name":"Ana","last_name":"Lopez",\
                "username":"ana%d","language_code":"%s"},"chat":{"id":%d,"first_name":"Ana","username":"ana%d","type":"private"},\
                "date":1764000000,"text":"%s"%s}}""".formatted(updateId, updateId % 100_000, userId, userId, language, userId,
                userId, text.replace("\"", "\\\""), entities);
    }

    static String press(long updateId, long userId, long messageId, String data) {
        return """
                {"update_id":%d,"callback_query":{"id":"q%d","from":{"id":%d,"is_bot":false,"first_name":"Ana","language_code":"en"},\
                "message":{"message_id":%d,"from":{"id":1,"is_bot":true,"first_name":"TeleKpr"},"chat":{"id":%d,"type":"private"},\
                "date":1764000000,"text":"menu"},"chat_instance":"ci%d","data":"%s"}}""".formatted(updateId, updateId, userId,
                messageId, userId, userId, data);
    }

    /** Straight onto the topic, keyed by chat id as the ingress does. */
    static void publish(long chatId, String update) {
        SENDER.sendRaw(Topics.TELEGRAM_UPDATES, Long.toString(chatId), update);
    }
}
