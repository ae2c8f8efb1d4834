package com.telekpr.sandbox.telegram;

import java.util.Map;

/**
 * What the simulator answered so far.
 *
 * @param accepted successful Bot API calls of any method
 * @param tooManyRequests 429 answers, from the rate limits and from forced failures
 * @param acceptedByMethod successful calls by canonical method name ({@code sendMessage}, ...)
 * @param refusedByStatus error answers by HTTP status
 */
public record TelegramCounts(long accepted, long tooManyRequests, Map<String, Long> acceptedByMethod,
        Map<Integer, Long> refusedByStatus) {

    public long accepted(String method) {
        return acceptedByMethod.getOrDefault(method, 0L);
    }
}
