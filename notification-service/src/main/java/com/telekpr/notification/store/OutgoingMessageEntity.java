package com.telekpr.notification.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One request to the Bot API and its fate: queued → sent | failed | blocked | cancelled. Rows are
 * inserted by {@link OutgoingMessageRepository#insert} (the sequence is the database's).
 */
@Entity
@Table(name = "outgoing_messages")
public class OutgoingMessageEntity {
    @Id
    public UUID id;
    @Column(insertable = false, updatable = false)
    public long seq;
    @Column(name = "command_id")
    public UUID commandId;
    public int part;
    @Column(name = "user_id")
    public UUID userId;
    @Column(name = "chat_id")
    public Long chatId;
    public String kind;
    public String lane;
    public String payload;
    public String status;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "telegram_message_id")
    public Long telegramMessageId;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "broadcast_id")
    public UUID broadcastId;
    @Column(name = "correlation_id")
    public UUID correlationId;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
}
