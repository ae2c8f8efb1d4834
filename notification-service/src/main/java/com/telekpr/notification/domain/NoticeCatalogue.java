package com.telekpr.notification.domain;

import com.telekpr.events.AccountEvent;
import com.telekpr.events.CustomerEvent;
import com.telekpr.events.Message;
import com.telekpr.events.OrderEvent;
import com.telekpr.events.PaymentEvent;
import com.telekpr.events.SubscriptionEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Which events a user is told about, and in what words (product.md §8, §8.4). Events that another one
 * already reports stay silent, so each fact reaches the user once: a debit is told by OrderQueued,
 * a payment by the TokensCredited it causes, a move to cancelled by OrderCancelled.
 */
public final class NoticeCatalogue {
    /** callback_data the gateway answers: the token shop and the order list. */
    public static final String BUY_TOKENS = "menu:tokens";
    public static final String MY_ORDERS = "menu:orders";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private NoticeCatalogue() {
    }

    public static Optional<Notice> noticeFor(Message event, Texts texts) {
        if (event instanceof OrderEvent order) {
            return OrderNotices.of(order, texts);
        }
        if (event instanceof CustomerEvent customer) {
            return OrderNotices.of(customer, texts);
        }
        if (event instanceof AccountEvent account) {
            return WalletNotices.of(account, texts);
        }
        if (event instanceof SubscriptionEvent subscription) {
            return WalletNotices.of(subscription, texts);
        }
        if (event instanceof PaymentEvent payment) {
            return WalletNotices.of(payment, texts);
        }
        return Optional.empty();
    }

    /** Short order reference users see, e.g. #3F2A9C1D: the first eight hex digits of the id. */
    public static String reference(UUID orderId) {
        return orderId.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    static String when(Instant instant) {
        return WHEN.format(instant);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
