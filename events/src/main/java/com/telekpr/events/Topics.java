package com.telekpr.events;

import java.util.List;

/** Every Kafka topic of the suite. Topics are created explicitly at startup, never by the broker. */
public final class Topics {
    public static final String TELEGRAM_UPDATES = "telegram.updates";
    public static final String USER_EVENTS = "user.events";
    public static final String ORDER_COMMANDS = "order.commands";
    public static final String ORDER_EVENTS = "order.events";
    public static final String WALLET_COMMANDS = "wallet.commands";
    public static final String WALLET_EVENTS = "wallet.events";
    public static final String PAYMENT_COMMANDS = "payment.commands";
    public static final String PAYMENT_EVENTS = "payment.events";
    public static final String NOTIFICATION_COMMANDS = "notification.commands";
    public static final String NOTIFICATION_EVENTS = "notification.events";

    /** The topics that carry enveloped messages, and so have a dead-letter topic each. */
    public static final List<String> ENVELOPED = List.of(
            USER_EVENTS, ORDER_COMMANDS, ORDER_EVENTS, WALLET_COMMANDS, WALLET_EVENTS,
            PAYMENT_COMMANDS, PAYMENT_EVENTS, NOTIFICATION_COMMANDS, NOTIFICATION_EVENTS);

    private static final String DLQ_SUFFIX = ".dlq";

    private Topics() {
    }

    /** The dead-letter topic of {@code topic}: where messages no consumer can read go, with the reason. */
    public static String deadLetterOf(String topic) {
        return topic + DLQ_SUFFIX;
    }

    /** Every topic the suite uses, dead-letter topics included. */
    public static List<String> all() {
        var all = new java.util.ArrayList<String>();
        all.add(TELEGRAM_UPDATES);
        all.add(deadLetterOf(TELEGRAM_UPDATES));
        for (String topic : ENVELOPED) {
            all.add(topic);
            all.add(deadLetterOf(topic));
        }
        return List.copyOf(all);
    }
}
