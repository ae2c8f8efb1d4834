package com.telekpr.order.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of an order's life: from, to, who, why, when. */
@Entity
@Table(name = "order_history")
public class HistoryEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "order_id")
    public UUID orderId;
    @Column(name = "from_status")
    public String fromStatus;
    @Column(name = "to_status")
    public String toStatus;
    @Column(name = "actor_id")
    public UUID actorId;
    public String note;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
}
