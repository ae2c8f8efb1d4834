package com.telekpr.sandbox.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.response.SendResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Flood control through pengrad: the per-chat burst, the global and group limits, and concurrent senders. */
class LimitsTest extends SimulatorTestSupport {

    @Override
    TelegramLimits limits() {
        return new TelegramLimits(1000, 1000, 1, 3, 20);
    }

    @Test
    void theFourthImmediateMessageToOneChatMustWaitWhileOtherChatsGoOn() {
        String queryId = pressAButton();
        for (int i = 1; i <= 3; i++) {
            assertTrue(bot.execute(new SendMessage(1L, "burst " + i)).isOk());
        }
        SendResponse fourth = bot.execute(new SendMessage(1L, "burst 4"));

        assertEquals(429, fourth.errorCode());
        assertTrue(fourth.parameters().retryAfter() >= 1);
        assertEquals("Too Many Requests: retry after " + fourth.parameters().retryAfter(), fourth.description());
        assertTrue(bot.execute(new SendMessage(2L, "another chat")).isOk());
        assertTrue(bot.execute(new AnswerCallbackQuery(queryId)).isOk(), "answers are not rate limited");
        assertEquals(3, telegram.messages(1L).size(), "a refused message is not received");
        assertEquals(1, telegram.counts().tooManyRequests());
        assertEquals(3, telegram.maxInAnyWindow(1L, Duration.ofSeconds(1)));
    }

    @Test
    void theGlobalLimitHoldsAcrossChats() {
        telegram.setLimits(new TelegramLimits(2, 2, 100, 100, 100));
        assertTrue(bot.execute(new SendMessage(1L, "a")).isOk());
        assertTrue(bot.execute(new SendMessage(2L, "b")).isOk());
        SendResponse third = bot.execute(new SendMessage(3L, "c"));

        assertEquals(429, third.errorCode());
        assertEquals(1, third.parameters().retryAfter());
        assertEquals(2, telegram.maxInAnyWindow(Duration.ofSeconds(1)));
    }

    @Test
    void groupsHaveAPerMinuteLimitBesides() {
        telegram.setLimits(new TelegramLimits(1000, 1000, 100, 100, 2));
        assertTrue(bot.execute(new SendMessage(-5L, "a")).isOk());
        assertTrue(bot.execute(new SendMessage(-5L, "b")).isOk());
        SendResponse third = bot.execute(new SendMessage(-5L, "c"));

        assertEquals(429, third.errorCode());
        assertTrue(third.parameters().retryAfter() >= 20, "a token every 30 s: " + third.parameters().retryAfter());
        assertTrue(bot.execute(new SendMessage(5L, "a private chat of the same number")).isOk());
    }

    @Test
    void concurrentSendersGetDistinctOrderedIdsAndTheBurstIsNeverExceeded() throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(24);
        try {
            List<Future<SendResponse>> sent = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                long chat = 100 + i % 6;
                int n = i;
                sent.add(senders.submit(() -> bot.execute(new SendMessage(chat, "m" + n))));
            }
            int accepted = 0;
            for (Future<SendResponse> response : sent) {
                SendResponse answer = response.get();
                assertTrue(answer.isOk() || answer.errorCode() == 429, answer.description());
                accepted += answer.isOk() ? 1 : 0;
            }
            assertEquals(accepted, telegram.allMessages().size());
            assertEquals(60 - accepted, telegram.counts().tooManyRequests());
            for (long chat = 100; chat < 106; chat++) {
                List<Long> ids = telegram.messages(chat).stream().map(SentMessage::messageId).toList();
                assertEquals(java.util.stream.LongStream.rangeClosed(1, ids.size()).boxed().toList(), ids);
                assertTrue(ids.size() >= 3, "every chat got at least its burst");
                assertTrue(telegram.maxInAnyWindow(chat, Duration.ofMillis(500)) <= 3);
            }
        } finally {
            senders.shutdownNow();
        }
    }
}
