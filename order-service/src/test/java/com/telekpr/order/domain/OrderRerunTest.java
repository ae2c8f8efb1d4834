package com.telekpr.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.OrderCommand.PlaceOrder;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Only a completed order is rerun: as a new order for the same profile and package; the original is untouched. */
class OrderRerunTest {
    private final UUID user = UUID.randomUUID();

    @Test
    void aCompletedOrderIsPlacedAgainUnderTheNewId() {
        Order order = OrderFixtures.in(OrderStatus.COMPLETED, user);
        order.data().emailConfirmation = true;
        UUID again = UUID.randomUUID();
        assertEquals(Optional.of(new PlaceOrder(again, order.data().customerProfileId, "SITES_100", true)),
                order.rerun(again));
        assertEquals(OrderStatus.COMPLETED, order.data().status);
        assertTrue(order.newHistory().isEmpty());
    }

    @Test
    void anOrderInAnyOtherStatusHasNoRerun() {
        for (OrderStatus status : OrderStatus.values()) {
            if (status != OrderStatus.COMPLETED) {
                assertTrue(OrderFixtures.in(status, user).rerun(UUID.randomUUID()).isEmpty(), status.name());
            }
        }
    }
}
