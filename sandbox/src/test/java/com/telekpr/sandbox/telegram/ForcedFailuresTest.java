package com.telekpr.sandbox.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.response.SendResponse;
import org.junit.jupiter.api.Test;

/** failNext / failChat as pengrad sees them: the failure, then normal service, and nothing received meanwhile. */
class ForcedFailuresTest extends SimulatorTestSupport {

    @Test
    void failNextAnswers429WithTheGivenRetryAfterThenRecovers() {
        telegram.failNext(2, 429, 7);
        SendResponse first = bot.execute(new SendMessage(1L, "a"));
        SendResponse second = bot.execute(new SendMessage(2L, "b"));

        assertEquals(429, first.errorCode());
        assertEquals(7, first.parameters().retryAfter());
        assertEquals("Too Many Requests: retry after 7", first.description());
        assertEquals(429, second.errorCode());
        assertTrue(bot.execute(new SendMessage(1L, "c")).isOk());
        assertEquals(1, telegram.allMessages().size());
        assertEquals(1, telegram.messages(1L).get(0).messageId(), "a forced failure uses no message id");
        assertEquals(2, telegram.counts().tooManyRequests());
    }

    @Test
    void failNextWith5xxAnswersServerErrorsAndLeavesCallbackAnswersAlone() {
        String queryId = pressAButton();
        telegram.failNext(1, 500, 0);
        SendResponse failed = bot.execute(new SendMessage(1L, "a"));
        assertEquals(500, failed.errorCode());
        assertEquals("Internal Server Error", failed.description());

        telegram.failNext(1, 502, 0);
        assertTrue(bot.execute(new AnswerCallbackQuery(queryId)).isOk(), "answers are not subject to forced failures");
        assertEquals("Bad Gateway", bot.execute(new SendMessage(1L, "b")).description());
        assertTrue(bot.execute(new SendMessage(1L, "c")).isOk());
    }

    @Test
    void failChatFailsOnlyThatChat() {
        telegram.failChat(5L, 1, 502);
        assertTrue(bot.execute(new SendMessage(6L, "other")).isOk());
        assertEquals(502, bot.execute(new SendMessage(5L, "x")).errorCode());
        assertTrue(bot.execute(new SendMessage(5L, "y")).isOk());
        assertEquals(1L, telegram.counts().refusedByStatus().get(502));
    }
}
