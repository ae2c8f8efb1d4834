package com.telekpr.notification.domain;

import static com.telekpr.notification.domain.NoticeCatalogue.reference;
import static com.telekpr.notification.domain.NoticeCatalogue.when;

import com.telekpr.events.AccountEvent;
import com.telekpr.events.AccountEvent.BalanceAdjusted;
import com.telekpr.events.AccountEvent.BalanceLow;
import com.telekpr.events.AccountEvent.TokensCredited;
import com.telekpr.events.AccountEvent.TokensRefunded;
import com.telekpr.events.Button;
import com.telekpr.events.PaymentEvent;
import com.telekpr.events.PaymentEvent.PaymentExpired;
import com.telekpr.events.PaymentEvent.PaymentFailed;
import com.telekpr.events.PaymentEvent.PaymentLinkCreated;
import com.telekpr.events.SubscriptionEvent;
import com.telekpr.events.SubscriptionEvent.SubscriptionActivated;
import com.telekpr.events.SubscriptionEvent.SubscriptionExpired;
import com.telekpr.events.SubscriptionEvent.SubscriptionExpiring;
import com.telekpr.events.SubscriptionEvent.SubscriptionPurchaseRejected;
import java.util.Optional;

/** The notices about money: tokens credited, refunded, adjusted, running low; payment links; premium. */
final class WalletNotices {
    private WalletNotices() {
    }

    static Optional<Notice> of(AccountEvent event, Texts texts) {
        if (event instanceof TokensRefunded refunded) {
            return Optional.of(Notice.of(texts.get("tokens.refunded", refunded.amount(), reference(refunded.orderId()),
                    refunded.balanceAfter())));
        }
        if (event instanceof TokensCredited credited) {
            return Optional.of(Notice.of(texts.get("tokens.credited", credited.amount(), credited.balanceAfter())));
        }
        if (event instanceof BalanceAdjusted adjusted) {
            return Optional.of(Notice.of(texts.get("tokens.adjusted", (adjusted.amount() > 0 ? "+" : "") + adjusted.amount(),
                    adjusted.reason(), adjusted.balanceAfter())));
        }
        if (event instanceof BalanceLow low) {
            return Optional.of(Notice.of(texts.get("tokens.low", low.balance(), low.threshold()), buyTokens(texts)));
        }
        return Optional.empty();
    }

    static Optional<Notice> of(SubscriptionEvent event, Texts texts) {
        if (event instanceof SubscriptionActivated activated) {
            return Optional.of(Notice.of(texts.get("subscription.activated", when(activated.expiresAt()),
                    activated.priceTokens())));
        }
        if (event instanceof SubscriptionPurchaseRejected rejected) {
            return Optional.of(Notice.of(texts.get("subscription.rejected", rejected.required(), rejected.balance()),
                    buyTokens(texts)));
        }
        if (event instanceof SubscriptionExpiring expiring) {
            return Optional.of(Notice.of(texts.get("subscription.expiring", when(expiring.expiresAt()))));
        }
        if (event instanceof SubscriptionExpired) {
            return Optional.of(Notice.of(texts.get("subscription.expired")));
        }
        return Optional.empty();
    }

    static Optional<Notice> of(PaymentEvent event, Texts texts) {
        if (event instanceof PaymentLinkCreated link) {
            return Optional.of(Notice.of(texts.get("payment.link", link.amountUsd().toPlainString(), link.tokens(),
                    when(link.expiresAt())), Button.link(texts.get("button.pay"), link.paymentUrl())));
        }
        if (event instanceof PaymentExpired expired) {
            return Optional.of(Notice.of(texts.get("payment.expired", expired.trackId())));
        }
        if (event instanceof PaymentFailed failed) {
            return Optional.of(Notice.of(texts.get("payment.failed", failed.reason()), buyTokens(texts)));
        }
        return Optional.empty();
    }

    private static Button buyTokens(Texts texts) {
        return Button.callback(texts.get("button.buy_tokens"), NoticeCatalogue.BUY_TOKENS);
    }
}
