package com.telekpr.gateway.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A Telegram user of the bot (product.md §13 Users); the balance lives in wallet-service. */
@Entity
@Table(name = "users")
public class UserEntity {
    @Id
    public UUID id;
    @Column(name = "telegram_id")
    public long telegramId;
    @Column(name = "chat_id")
    public long chatId;
    public String username;
    @Column(name = "full_name")
    public String fullName;
    public String language;
    @Column(name = "is_admin")
    public boolean admin;
    @Column(name = "is_operator")
    public boolean operator;
    public boolean suspended;
    @Column(name = "suspension_told_at")
    public Instant suspensionToldAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** The UTC day of the latest update from this user (UserActive is told once per day). */
    @Column(name = "last_active_day")
    public LocalDate lastActiveDay;
}
