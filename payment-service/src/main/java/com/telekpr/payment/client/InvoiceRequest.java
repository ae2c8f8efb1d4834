package com.telekpr.payment.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** The body of POST /v1/payment/invoice, in OxaPay's snake_case. */
public record InvoiceRequest(BigDecimal amount, String currency, int lifetime,
                             @JsonProperty("callback_url") String callbackUrl,
                             @JsonProperty("return_url") String returnUrl,
                             @JsonProperty("order_id") String orderId, String description, boolean sandbox) {
}
