package com.telekpr.admin.domain;

import com.telekpr.events.AccountEvent.AccountOpened;
import com.telekpr.events.AccountEvent.BalanceAdjusted;
import com.telekpr.events.AccountEvent.BalanceLow;
import com.telekpr.events.AccountEvent.TokenDebitRejected;
import com.telekpr.events.AccountEvent.TokensCredited;
import com.telekpr.events.AccountEvent.TokensDebited;
import com.telekpr.events.AccountEvent.TokensRefunded;
import com.telekpr.events.CustomerEvent.CustomerDeleted;
import com.telekpr.events.CustomerEvent.CustomerRegistered;
import com.telekpr.events.CustomerEvent.CustomerRejected;
import com.telekpr.events.CustomerEvent.CustomerUpdated;
import com.telekpr.events.Message;
import com.telekpr.events.OrderEvent.OrderAssigned;
import com.telekpr.events.OrderEvent.OrderCancelled;
import com.telekpr.events.OrderEvent.OrderMovedInQueue;
import com.telekpr.events.OrderEvent.OrderPlaced;
import com.telekpr.events.OrderEvent.OrderQueued;
import com.telekpr.events.OrderEvent.OrderRejected;
import com.telekpr.events.OrderEvent.OrderStatusChanged;
import com.telekpr.events.PaymentEvent.PaymentConfirmed;
import com.telekpr.events.PaymentEvent.PaymentExpired;
import com.telekpr.events.PaymentEvent.PaymentFailed;
import com.telekpr.events.PaymentEvent.PaymentLinkCreated;
import com.telekpr.events.SubscriptionEvent.SubscriptionActivated;
import com.telekpr.events.SubscriptionEvent.SubscriptionExpired;
import com.telekpr.events.SubscriptionEvent.SubscriptionExpiring;
import com.telekpr.events.SubscriptionEvent.SubscriptionPurchaseRejected;
import com.telekpr.events.UserEvent.UserBlockedBot;
import com.telekpr.events.UserEvent.UserErased;
import com.telekpr.events.UserEvent.UserRegistered;
import com.telekpr.events.UserEvent.UserUpdated;

/** One line of a user's activity timeline per event, in the words a staff member reads. */
public final class EventWords {
    private EventWords() {
    }

    public static String of(Message data) {
        if (data instanceof UserRegistered registered) {
            String name = registered.username() == null ? registered.fullName() : "@" + registered.username();
            return name == null ? "started the bot" : "started the bot as " + name;
        }
        if (data instanceof UserUpdated updated) {
            return "profile updated" + (updated.suspended() ? " (suspended)" : "");
        }
        if (data instanceof UserBlockedBot) {
            return "blocked the bot";
        }
        if (data instanceof UserErased) {
            return "erased: personal details forgotten everywhere";
        }
        return orderWords(data);
    }

    private static String orderWords(Message data) {
        if (data instanceof OrderPlaced placed) {
            return (placed.rerun() ? "ordered again " : "ordered ") + packageOf(placed.packageName(), placed.packageCode())
                    + " for " + placed.tokenCost() + " tokens";
        }
        if (data instanceof OrderQueued queued) {
            return "order queued at position " + queued.queuePosition() + (queued.priority() ? " (priority)" : "");
        }
        if (data instanceof OrderMovedInQueue moved) {
            return "order moved to queue position " + moved.queuePosition();
        }
        if (data instanceof OrderRejected rejected) {
            return "order rejected: " + rejected.reason();
        }
        if (data instanceof OrderStatusChanged changed) {
            return "order " + changed.from() + " → " + changed.to() + (changed.note() == null ? "" : ": " + changed.note());
        }
        if (data instanceof OrderAssigned) {
            return "order assigned to an operator";
        }
        if (data instanceof OrderCancelled cancelled) {
            return "order cancelled" + (cancelled.reason() == null ? "" : ": " + cancelled.reason());
        }
        return customerWords(data);
    }

    private static String customerWords(Message data) {
        if (data instanceof CustomerRegistered registered) {
            var details = registered.details();
            return details.firstName() == null ? "customer profile created"
                    : "customer profile " + details.firstName() + " " + details.lastName() + " created";
        }
        if (data instanceof CustomerUpdated) {
            return "customer profile edited";
        }
        if (data instanceof CustomerDeleted) {
            return "customer profile deleted";
        }
        if (data instanceof CustomerRejected rejected) {
            return "customer profile refused: " + String.join("; ", rejected.problems());
        }
        return moneyWords(data);
    }

    private static String moneyWords(Message data) {
        if (data instanceof AccountOpened) {
            return "token account opened";
        }
        if (data instanceof TokensCredited credited) {
            return "+" + credited.amount() + " tokens bought, balance " + credited.balanceAfter();
        }
        if (data instanceof TokensDebited debited) {
            return "−" + debited.amount() + " tokens for an order, balance " + debited.balanceAfter();
        }
        if (data instanceof TokensRefunded refunded) {
            return "+" + refunded.amount() + " tokens refunded, balance " + refunded.balanceAfter();
        }
        if (data instanceof BalanceAdjusted adjusted) {
            return (adjusted.amount() > 0 ? "+" : "") + adjusted.amount() + " tokens by an admin (" + adjusted.reason()
                    + "), balance " + adjusted.balanceAfter();
        }
        if (data instanceof TokenDebitRejected rejected) {
            return "not enough tokens: balance " + rejected.balance() + ", required " + rejected.required();
        }
        if (data instanceof BalanceLow low) {
            return "balance fell below " + low.threshold();
        }
        return paymentWords(data);
    }

    private static String paymentWords(Message data) {
        if (data instanceof PaymentLinkCreated link) {
            return "payment link for " + link.tokens() + " tokens ($" + link.amountUsd() + ")";
        }
        if (data instanceof PaymentConfirmed confirmed) {
            return "paid $" + confirmed.amountUsd() + " for " + confirmed.tokens() + " tokens";
        }
        if (data instanceof PaymentExpired) {
            return "payment link expired";
        }
        if (data instanceof PaymentFailed failed) {
            return "payment failed: " + failed.reason();
        }
        if (data instanceof SubscriptionActivated activated) {
            return "premium until " + activated.expiresAt() + " for " + activated.priceTokens() + " tokens";
        }
        if (data instanceof SubscriptionPurchaseRejected rejected) {
            return "premium refused: " + rejected.reason();
        }
        if (data instanceof SubscriptionExpiring) {
            return "premium expires soon";
        }
        if (data instanceof SubscriptionExpired) {
            return "premium expired";
        }
        return data.getClass().getSimpleName();
    }

    private static String packageOf(String name, String code) {
        return name == null ? code : name;
    }
}
