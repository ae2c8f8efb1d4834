package com.telekpr.events;

import java.util.UUID;

/** Requests to order-service, sent by bot-gateway on {@value Topics#ORDER_COMMANDS}. */
public sealed interface OrderCommand extends Command {

    /** {@code password} is null when none is wanted; {@code generatePassword} asks order-service to make one. */
    record RegisterCustomer(UUID profileId, CustomerDetails details, String password, boolean generatePassword)
            implements OrderCommand {
    }

    record UpdateCustomer(UUID profileId, CustomerDetails details) implements OrderCommand {
    }

    record PlaceOrder(UUID orderId, UUID customerProfileId, String packageCode, boolean emailConfirmation)
            implements OrderCommand {
    }

    record CancelOrder(UUID orderId, String reason) implements OrderCommand {
    }

    record RerunOrder(UUID orderId, UUID newOrderId) implements OrderCommand {
    }
}
