package com.telekpr.payment.domain;

import com.telekpr.events.Event;
import com.telekpr.events.PaymentEvent.PaymentConfirmed;
import com.telekpr.events.PaymentEvent.PaymentExpired;
import com.telekpr.events.PaymentEvent.PaymentFailed;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A token purchase paid through OxaPay. Its one promise: paid means PaymentConfirmed, exactly once,
 * whatever order and however often OxaPay's news arrives — even for a payment we had given up on.
 */
public final class Payment {
    public static final String UNDERPAID_MESSAGE = "The payment arrived short of the invoice amount, so no tokens"
            + " were added. Please contact support with your payment reference.";
    public static final String NO_LINK_MESSAGE = "The payment link could not be created. Please try again in a few minutes.";

    private final UUID id;
    private final String trackId;
    private final int tokens;
    private final BigDecimal amountUsd;
    private PaymentStatus status;

    public Payment(UUID id, String trackId, int tokens, BigDecimal amountUsd, PaymentStatus status) {
        this.id = id;
        this.trackId = trackId;
        this.tokens = tokens;
        this.amountUsd = amountUsd;
        this.status = status;
    }

    /** Applies OxaPay's news; returns the events it causes (none if it is old news). */
    public List<Event> apply(PaymentStatus reported) {
        if (!reported.isAbove(status)) {
            return List.of();
        }
        boolean wasConfirmed = status.isConfirmed();
        status = reported;
        if (reported.isConfirmed() && !wasConfirmed) {
            return List.of(new PaymentConfirmed(id, trackId, tokens, amountUsd));
        }
        return switch (reported) {
            case EXPIRED -> List.of(new PaymentExpired(id, trackId));
            case UNDERPAID -> List.of(new PaymentFailed(id, UNDERPAID_MESSAGE));
            default -> List.of();
        };
    }

    /**
     * Staff credit an underpaid or late-paid (expired) invoice by hand, OxaPay's manual_accept: confirmed, so its
     * tokens are credited once. Anything else is refused: a payment confirmed already, or not yet settled.
     */
    public List<Event> acceptByHand() {
        if (status != PaymentStatus.UNDERPAID && status != PaymentStatus.EXPIRED) {
            throw new PaymentNotAcceptableException(status);
        }
        return apply(PaymentStatus.MANUAL_ACCEPT);
    }

    /** We could not get an invoice (OxaPay refused, failed, or we crashed while asking). */
    public List<Event> failToCreate() {
        if (status != PaymentStatus.REQUESTING) {
            return List.of();
        }
        status = PaymentStatus.FAILED;
        return List.of(new PaymentFailed(id, NO_LINK_MESSAGE));
    }

    public PaymentStatus status() {
        return status;
    }
}
