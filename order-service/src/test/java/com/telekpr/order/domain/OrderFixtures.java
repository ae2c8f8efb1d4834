package com.telekpr.order.domain;

import java.util.UUID;

/** Orders for the aggregate's tests: just placed, or loaded in a status the way the application reads them. */
final class OrderFixtures {
    private OrderFixtures() {
    }

    static Order placed(UUID owner) {
        return Order.place(data(owner)).order();
    }

    /** An order of {@code owner} read from the store in {@code status}: no new history yet. */
    static Order in(OrderStatus status, UUID owner) {
        var data = data(owner);
        data.status = status;
        return new Order(data);
    }

    private static OrderData data(UUID owner) {
        var data = new OrderData();
        data.id = UUID.randomUUID();
        data.userId = owner;
        data.customerProfileId = UUID.randomUUID();
        data.packageCode = "SITES_100";
        data.productName = "100 sites";
        data.sitesCount = 100;
        data.tokenCost = 100;
        return data;
    }
}
