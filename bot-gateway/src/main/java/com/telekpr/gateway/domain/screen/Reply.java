package com.telekpr.gateway.domain.screen;

import com.telekpr.events.Button;
import java.util.List;

/** What the bot answers: a message (text + inline keyboard), or the answer to a button press. */
public sealed interface Reply {

    record Message(String text, List<List<Button>> keyboard) implements Reply {
        public Message(String text) {
            this(text, List.of());
        }
    }

    /** Stops the spinner on the pressed button; Telegram wants one for every press. */
    record ButtonAnswer(String callbackQueryId, String text) implements Reply {
    }
}
