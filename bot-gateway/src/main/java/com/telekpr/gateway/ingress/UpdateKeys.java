package com.telekpr.gateway.ingress;

import com.fasterxml.jackson.databind.JsonNode;
import com.telekpr.events.EnvelopeCodec;
import java.io.IOException;
import java.util.Optional;

/** The chat an update belongs to, read from its raw JSON: the Kafka key that keeps a chat's updates in order. */
final class UpdateKeys {
    private UpdateKeys() {
    }

    /** The update's chat id, or empty if the body is not a Telegram update. */
    static Optional<Long> chatOf(byte[] body) {
        JsonNode update;
        try {
            update = EnvelopeCodec.json().readTree(body);
        } catch (IOException notJson) {
            return Optional.empty();
        }
        if (update == null || !update.path("update_id").canConvertToLong()) {
            return Optional.empty();
        }
        for (String path : new String[] {"/message/chat/id", "/edited_message/chat/id", "/callback_query/message/chat/id",
                "/callback_query/from/id", "/my_chat_member/chat/id"}) {
            JsonNode id = update.at(path);
            if (id.canConvertToLong()) {
                return Optional.of(id.asLong());
            }
        }
        return Optional.of(0L); // an update of a kind the bot does not use: any partition will do
    }
}
