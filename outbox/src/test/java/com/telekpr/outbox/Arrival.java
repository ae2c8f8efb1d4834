package com.telekpr.outbox;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.UUID;

/** The test consumer's effect: one row per message it applied. */
@Entity
public class Arrival extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "message_id")
    public UUID messageId;

    @Column(name = "user_id")
    public UUID userId;

    public int position;
}
