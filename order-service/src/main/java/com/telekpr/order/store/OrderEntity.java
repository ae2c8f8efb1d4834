package com.telekpr.order.store;

import com.telekpr.order.domain.OrderData;
import com.telekpr.order.domain.OrderStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "orders")
public class OrderEntity {
    @Id
    public UUID id;
    @Column(name = "user_id")
    public UUID userId;
    @Column(name = "customer_profile_id")
    public UUID customerProfileId;
    @Column(name = "operator_id")
    public UUID operatorId;
    @Column(name = "package_type")
    public String packageCode;
    @Column(name = "product_name")
    public String productName;
    @Column(name = "sites_count")
    public int sitesCount;
    @Column(name = "email_confirmation")
    public boolean emailConfirmation;
    @Column(name = "token_cost")
    public int tokenCost;
    public String status;
    @Column(name = "queue_key")
    public Double queueKey;
    public String notes;
    @Column(name = "assigned_at")
    public Instant assignedAt;
    @Column(name = "completed_at")
    public Instant completedAt;
    @Column(name = "archived_at")
    public Instant archivedAt;
    @Column(name = "is_priority")
    public boolean priority;
    @Column(name = "is_rerun")
    public boolean rerun;
    @Column(name = "rerun_of")
    public UUID rerunOf;
    @Column(name = "subscriber_discount_applied")
    public boolean subscriberDiscountApplied;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public OrderData toData() {
        var data = new OrderData();
        data.id = id;
        data.userId = userId;
        data.customerProfileId = customerProfileId;
        data.operatorId = operatorId;
        data.packageCode = packageCode;
        data.productName = productName;
        data.sitesCount = sitesCount;
        data.emailConfirmation = emailConfirmation;
        data.tokenCost = tokenCost;
        data.subscriberDiscountApplied = subscriberDiscountApplied;
        data.priority = priority;
        data.rerun = rerun;
        data.rerunOf = rerunOf;
        data.status = OrderStatus.fromStoredName(status);
        data.queueKey = queueKey;
        data.notes = notes;
        data.assignedAt = assignedAt;
        data.completedAt = completedAt;
        data.archivedAt = archivedAt;
        return data;
    }

    /** Copies what the aggregate may change back onto the row. */
    public void copy(OrderData data) {
        id = data.id;
        userId = data.userId;
        customerProfileId = data.customerProfileId;
        operatorId = data.operatorId;
        packageCode = data.packageCode;
        productName = data.productName;
        sitesCount = data.sitesCount;
        emailConfirmation = data.emailConfirmation;
        tokenCost = data.tokenCost;
        subscriberDiscountApplied = data.subscriberDiscountApplied;
        priority = data.priority;
        rerun = data.rerun;
        rerunOf = data.rerunOf;
        status = data.status.storedName();
        queueKey = data.queueKey;
        notes = data.notes;
        assignedAt = data.assignedAt;
        completedAt = data.completedAt;
        archivedAt = data.archivedAt;
        updatedAt = Instant.now();
        if (createdAt == null) {
            createdAt = updatedAt;
        }
    }
}
