package com.telekpr.gateway.domain.facts;

import java.math.BigDecimal;
import java.util.List;

/** What a token purchase may be: the price per token, the offered bundles, the least and most per purchase. */
public record PurchaseOptions(BigDecimal usdPerToken, List<Integer> bundles, int minTokens, int maxTokens) {
}
