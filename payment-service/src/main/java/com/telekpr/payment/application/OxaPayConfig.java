package com.telekpr.payment.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "telekpr.oxapay")
public interface OxaPayConfig {

    /** OxaPay's API (https://api.oxapay.com), or the sandbox's in dev and tests; read by the REST client. */
    String baseUrl();

    /** The merchant API key (TELEKPR_OXAPAY_MERCHANT_KEY): authenticates our calls and signs OxaPay's callbacks. */
    String merchantKey();

    /** Where OxaPay posts callbacks: this service's public https URL + /oxapay/webhook (TELEKPR_OXAPAY_CALLBACK_URL). */
    String callbackUrl();

    /** Where the payer returns after paying, e.g. the bot's t.me link. */
    Optional<String> returnUrl();

    /** Invoice lifetime in minutes, 15–2880 (OxaPay's default 60). */
    @WithDefault("60")
    int lifetimeMinutes();

    /** True with an OxaPay sandbox key: invoices are marked sandbox. */
    @WithDefault("false")
    boolean sandbox();

    /** USD per token. */
    @WithDefault("0.10")
    BigDecimal usdPerToken();

    /** The bundles the bot offers. */
    @WithDefault("100,250,500,1000,2500")
    List<Integer> bundles();

    @WithDefault("50")
    int minTokens();

    @WithDefault("100000")
    int maxTokens();

    /** How long after creation an open invoice is asked about, in case its callback was lost. */
    @WithDefault("PT5M")
    Duration pollAfter();

    /** How often the fallback poller runs. */
    @WithDefault("PT1M")
    Duration pollEvery();

    /** How long an invoice request may stay unanswered before the payment is marked failed. */
    @WithDefault("PT2M")
    Duration requestTimeout();
}
