package com.telekpr.payment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** product.md §6.2: predefined bundles and custom amounts between a minimum and a maximum, at a price per token. */
public record TokenPricing(BigDecimal usdPerToken, List<Integer> bundles, int minTokens, int maxTokens) {

    /** The USD price of {@code tokens}, or IllegalArgumentException saying what is allowed. */
    public BigDecimal priceOf(int tokens) {
        if (tokens < minTokens || tokens > maxTokens) {
            throw new IllegalArgumentException("a purchase is " + minTokens + " to " + maxTokens + " tokens, not " + tokens);
        }
        return usdPerToken.multiply(BigDecimal.valueOf(tokens)).setScale(2, RoundingMode.HALF_UP);
    }
}
