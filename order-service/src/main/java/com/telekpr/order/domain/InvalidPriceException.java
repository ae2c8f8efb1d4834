package com.telekpr.order.domain;

/** A catalogue price the rules refuse: not positive, or a subscriber price above the regular one (API: 400). */
public class InvalidPriceException extends RuntimeException {
    public InvalidPriceException(String message) {
        super(message);
    }
}
