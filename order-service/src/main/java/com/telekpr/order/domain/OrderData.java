package com.telekpr.order.domain;

import java.time.Instant;
import java.util.UUID;

/** The state of one order (product.md §13 Orders), as the aggregate and the store share it. */
public final class OrderData {
    public UUID id;
    public UUID userId;
    public UUID customerProfileId;
    public UUID operatorId;
    public String packageCode;
    /** The catalogue entry's name when the order was placed: what the customer reads, kept as the code is. */
    public String productName;
    public int sitesCount;
    public boolean emailConfirmation;
    public int tokenCost;
    public boolean subscriberDiscountApplied;
    public boolean priority;
    public boolean rerun;
    public UUID rerunOf;
    public OrderStatus status;
    /** Where a pending order waits: the lowest key is served next; null until the order is queued. */
    public Double queueKey;
    /** The dated notes, one a line. */
    public String notes;
    public Instant assignedAt;
    public Instant completedAt;
    /** When staff archived it (hidden from their default lists); null while it is not. */
    public Instant archivedAt;
}
