package com.telekpr.gateway.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A chat's conversation as stored: flow, step, the draft as JSON, and its version. */
@Entity
@Table(name = "conversations")
public class ConversationEntity {
    @Id
    @Column(name = "chat_id")
    public long chatId;
    @Column(name = "user_id")
    public UUID userId;
    public String flow;
    public String step;
    public String draft;
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
