package com.telekpr.notification.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A user as the sender needs them: where to write, in which language, whether they blocked the bot. */
@Entity
@Table(name = "telegram_users")
public class TelegramUserEntity {
    @Id
    @Column(name = "user_id")
    public UUID userId;
    @Column(name = "telegram_id")
    public long telegramId;
    @Column(name = "chat_id")
    public long chatId;
    public String language;
    @Column(name = "is_admin")
    public boolean admin;
    public boolean suspended;
    @Column(name = "blocked_at")
    public Instant blockedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean blocked() {
        return blockedAt != null;
    }
}
