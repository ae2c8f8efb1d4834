package com.telekpr.outbox;

import java.time.Duration;

/**
 * How long each topic keeps its messages. Event topics keep their whole history: admin-api rebuilds its
 * read models by replaying them from offset 0. Commands, raw Telegram updates and dead letters are work
 * in flight, kept a week (past any redelivery window, as the inbox remembers ids that long).
 */
final class TopicRetention {
    static final String FOREVER = "-1";
    static final String A_WEEK = Long.toString(Duration.ofDays(7).toMillis());

    private TopicRetention() {
    }

    /** The {@code retention.ms} of {@code topic}. */
    static String of(String topic) {
        return topic.endsWith(".events") ? FOREVER : A_WEEK;
    }
}
