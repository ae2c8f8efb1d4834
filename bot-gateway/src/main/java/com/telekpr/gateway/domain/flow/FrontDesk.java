package com.telekpr.gateway.domain.flow;

import com.telekpr.events.Button;
import com.telekpr.gateway.domain.ChatUpdate;
import com.telekpr.gateway.domain.screen.BotTexts;
import com.telekpr.gateway.domain.screen.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * The bot's first answers: the welcome and main menu, help, and a helpful word for whatever it does
 * not understand (never silence). A suspended user hears once why nothing works.
 */
public final class FrontDesk {
    private static final int TEXT_ECHO_MAX = 60;

    private FrontDesk() {
    }

    /** The user as the desk needs them: how to greet them, and what they may do. */
    public record Visitor(String firstName, boolean newcomer, boolean operator, boolean suspended,
                          boolean toldSuspended, BotTexts texts) {
    }

    public static List<Reply> answer(ChatUpdate update, Visitor visitor) {
        List<Reply> replies = new ArrayList<>();
        if (update.isButtonPress()) {
            replies.add(new Reply.ButtonAnswer(update.callbackQueryId(), null));
        }
        if (visitor.suspended()) {
            if (!visitor.toldSuspended()) {
                replies.add(new Reply.Message(visitor.texts().get("suspended")));
            }
            return replies;
        }
        replies.add(reply(update, visitor));
        return replies;
    }

    static Reply.Message reply(ChatUpdate update, Visitor visitor) {
        BotTexts texts = visitor.texts();
        String command = update.command();
        if ("/start".equals(command)) {
            return new Reply.Message(texts.get(visitor.newcomer() ? "welcome" : "welcome.back", visitor.firstName()),
                    menu(texts));
        }
        if ("/help".equals(command) || "menu:help".equals(update.callbackData())) {
            return new Reply.Message(texts.get("help") + (visitor.operator() ? texts.get("help.operator") : ""));
        }
        if (update.isButtonPress()) {
            return new Reply.Message(texts.get("stale.button"));
        }
        if (command != null) {
            return new Reply.Message(texts.get("unknown.command", command));
        }
        if (update.text() == null || update.text().isBlank()) {
            return new Reply.Message(texts.get("unknown.nontext"));
        }
        String said = update.text().strip();
        return new Reply.Message(texts.get("unknown.text", said.length() > TEXT_ECHO_MAX
                ? said.substring(0, TEXT_ECHO_MAX) + "…" : said));
    }

    static List<List<Button>> menu(BotTexts texts) {
        return List.of(
                List.of(button(texts, "menu:register"), button(texts, "menu:order")),
                List.of(button(texts, "menu:orders"), button(texts, "menu:tokens")),
                List.of(button(texts, "menu:subscribe"), button(texts, "menu:profiles")),
                List.of(button(texts, "menu:help")));
    }

    private static Button button(BotTexts texts, String data) {
        return Button.callback(texts.get(data.replace(':', '.')), data);
    }
}
