package com.telekpr.sandbox.telegram;

import com.fasterxml.jackson.databind.JsonNode;

/** A successful Bot API answer: the result and, for the few methods that add one, a description. */
record BotAnswer(JsonNode result, String description) {
    static BotAnswer of(JsonNode result) {
        return new BotAnswer(result, null);
    }
}
