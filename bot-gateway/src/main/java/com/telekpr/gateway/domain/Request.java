package com.telekpr.gateway.domain;

import com.telekpr.gateway.domain.flow.FrontDesk;
import com.telekpr.gateway.domain.screen.BotTexts;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One update with everything known before deciding: who sent it, where their conversation stood, and
 * whether a draft of theirs expired since. Every saved turn takes the next conversation version; the
 * buttons a turn sends carry it ({@link #nextVersion()}), so older buttons read as stale.
 */
public record Request(ChatUpdate update, Conversation conversation, FrontDesk.Visitor visitor, boolean draftExpired,
                      LocalDate today) {

    public BotTexts texts() {
        return visitor.texts();
    }

    public long nextVersion() {
        return conversation.version() + 1;
    }

    public Press press() {
        return Press.parse(update.callbackData());
    }

    /** A stable id for what this update creates (an order, a payment), so handling it again makes the same one. */
    public UUID newId(String what) {
        return UUID.nameUUIDFromBytes((what + ":" + update.updateId()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * A stable id for what a button on one message creates: tapping it twice (or Telegram redelivering the
     * tap) makes the same order or payment, which its owning service then takes once.
     */
    public UUID idForButton(String what) {
        return UUID.nameUUIDFromBytes((what + ":" + update.chatId() + ":" + update.messageId())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Whether the update says anything: a photo, sticker or voice note has no text to answer a question with. */
    public boolean hasText() {
        return update.text() != null && !update.text().isBlank();
    }

    public String text() {
        return update.text() == null ? "" : update.text().strip();
    }
}
