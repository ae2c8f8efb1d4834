package com.telekpr.notification.store;

import com.telekpr.notification.domain.Broadcast;
import com.telekpr.notification.domain.BroadcastButton;
import com.telekpr.notification.domain.BroadcastStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "broadcasts")
public class BroadcastEntity {
    @Id
    public UUID id;
    public String title;
    public String message;
    public String emoji;
    @Column(name = "test_mode")
    public boolean testMode;
    public String status;
    @Column(name = "button_text")
    public String buttonText;
    @Column(name = "button_url")
    public String buttonUrl;
    @Column(name = "created_by")
    public UUID createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;

    public Broadcast toDomain() {
        return new Broadcast(id, title, message, emoji, testMode,
                buttonText == null ? null : new BroadcastButton(buttonText, buttonUrl), BroadcastStatus.fromStoredName(status));
    }

    /** Copies the aggregate's state back, stamping the times its status changes mark. */
    public void copy(Broadcast broadcast) {
        id = broadcast.id();
        title = broadcast.title();
        message = broadcast.message();
        emoji = broadcast.emoji();
        testMode = broadcast.testMode();
        buttonText = broadcast.button() == null ? null : broadcast.button().text();
        buttonUrl = broadcast.button() == null ? null : broadcast.button().url();
        String next = broadcast.status().storedName();
        if (!next.equals(status)) {
            Instant now = Instant.now();
            if (broadcast.status() == BroadcastStatus.SENDING) {
                startedAt = now;
            } else if (broadcast.status() != BroadcastStatus.DRAFT) {
                finishedAt = now;
            }
        }
        status = next;
    }
}
