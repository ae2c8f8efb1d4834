package com.telekpr.events;

import java.util.UUID;

/** Requests to payment-service, sent by bot-gateway on {@value Topics#PAYMENT_COMMANDS}. */
public sealed interface PaymentCommand extends Command {

    record CreateTokenPurchase(UUID paymentId, int tokens) implements PaymentCommand {
    }
}
