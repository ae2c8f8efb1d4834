package com.telekpr.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.telekpr.sandbox.telegram.SentMessage;
import com.telekpr.sandbox.telegram.TelegramSimulator;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What people's orders and payments came to, read only through the public APIs and their chats: every
 * order queued-and-debited or rejected-and-not-debited, each payment credited exactly once, each order
 * answered in the chat (and how often an answer came twice). The assertions fail on the first breach.
 */
record OrderAudit(int queued, int rejected, int credits, int answered, int repeated) {
    private static final Pattern ANSWER = Pattern.compile("Order #([0-9A-F]{8}) (is in the queue|was not placed)");

    int orders() {
        return queued + rejected;
    }

    /** Audits {@code people}, whose last name is {@code lastName}, who each paid {@code paymentsEach} times. */
    static OrderAudit of(TelegramSimulator telegram, List<ChatUser> people, String lastName, int paymentsEach)
            throws IOException, InterruptedException {
        int queued = 0;
        int rejected = 0;
        int answers = 0;
        int repeated = 0;
        int credits = 0;
        for (ChatUser chat : people) {
            String userId = gatewayIdOf(chat.user.id(), lastName);
            Set<String> debited = new HashSet<>();
            Map<String, Integer> creditsPerPayment = new HashMap<>();
            String transactions = "http://127.0.0.1:8084/accounts/" + userId + "/transactions?size=100";
            for (JsonNode tx : PublicApi.get(transactions).path("items")) {
                if ("order_debit".equals(tx.path("type").asText())) {
                    debited.add(tx.path("orderId").asText());
                }
                if ("purchase".equals(tx.path("type").asText())) {
                    creditsPerPayment.merge(tx.path("paymentId").asText(), 1, Integer::sum);
                }
            }
            assertEquals(paymentsEach, creditsPerPayment.size(), "each payment credited");
            creditsPerPayment.values().forEach(times -> assertEquals(1, times, "credited exactly once"));
            credits += creditsPerPayment.size();
            Map<String, Integer> answered = answersIn(telegram.messages(chat.user.id()));
            String orders = "http://127.0.0.1:8083/orders?userId=" + userId + "&size=100";
            for (JsonNode order : PublicApi.get(orders).path("items")) {
                boolean paid = debited.contains(order.path("id").asText());
                if ("rejected".equals(order.path("status").asText())) {
                    rejected++;
                    assertTrue(!paid, "a rejected order is not debited");
                } else {
                    queued++;
                    assertEquals("pending", order.path("status").asText());
                    assertTrue(paid, "a queued order is debited");
                }
                String reference = order.path("id").asText().substring(0, 8).toUpperCase(Locale.ROOT);
                int times = answered.getOrDefault(reference, 0);
                assertTrue(times >= 1, "order #" + reference + " was answered");
                answers++;
                repeated += times - 1;
            }
        }
        return new OrderAudit(queued, rejected, credits, answers, repeated);
    }

    /** The ledger verifies and no paid invoice waits for its credit. */
    static void assertBooksBalance() throws IOException, InterruptedException {
        assertTrue(PublicApi.get("http://127.0.0.1:8084/ledger/verification").path("consistent").asBoolean(),
                "ledger verifies");
        assertEquals(0, PublicApi.get("http://127.0.0.1:8085/reconciliation").path("paidButNotCredited").size());
    }

    private static Map<String, Integer> answersIn(List<SentMessage> messages) {
        Map<String, Integer> answered = new HashMap<>();
        for (SentMessage message : messages) {
            Matcher matcher = ANSWER.matcher(message.text() == null ? "" : message.text());
            if (matcher.find()) {
                answered.merge(matcher.group(1), 1, Integer::sum);
            }
        }
        return answered;
    }

    private static String gatewayIdOf(long telegramId, String lastName) throws IOException, InterruptedException {
        for (JsonNode user : PublicApi.get("http://127.0.0.1:3002/users?size=100&q=" + lastName)) {
            if (user.path("telegramId").asLong() == telegramId) {
                return user.path("id").asText();
            }
        }
        throw new AssertionError("no gateway user for " + telegramId);
    }
}
