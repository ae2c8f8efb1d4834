package com.telekpr.gateway.domain;

import com.telekpr.gateway.domain.facts.AccountCard;
import com.telekpr.gateway.domain.facts.OrderCard;
import com.telekpr.gateway.domain.facts.PackagePrice;
import com.telekpr.gateway.domain.facts.Page;
import com.telekpr.gateway.domain.facts.ProfileCard;
import com.telekpr.gateway.domain.facts.PurchaseOptions;
import com.telekpr.gateway.domain.facts.SubscriptionPlan;
import com.telekpr.gateway.domain.facts.Transaction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers to a flow's {@link Lookup}s. A lookup whose service could not be reached is recorded as
 * unavailable, so the flow says "try again in a moment" instead of failing; a {@link Lookup.Move} the
 * service refused carries the service's words.
 */
public final class Facts {
    /** The refusal of a take-next when no order waits; worded in the operator's language. */
    public static final String NOTHING_WAITING = "nothing-waiting";
    private final Map<Lookup, Object> answers = new HashMap<>();
    private final Map<Lookup.Move, String> refusals = new HashMap<>();
    private boolean unavailable;

    public static Facts none() {
        return new Facts();
    }

    public Facts answer(Lookup lookup, Object answer) {
        answers.put(lookup, answer);
        return this;
    }

    /** The service answered "no" (not found, not allowed now): {@code why} in its words. */
    public Facts refused(Lookup.Move move, String why) {
        refusals.put(move, why);
        return this;
    }

    public Facts unreachable() {
        unavailable = true;
        return this;
    }

    public boolean unavailable() {
        return unavailable;
    }

    public Optional<String> refusal(Lookup.Move move) {
        return Optional.ofNullable(refusals.get(move));
    }

    @SuppressWarnings("unchecked")
    public List<ProfileCard> profiles() {
        return (List<ProfileCard>) answers.getOrDefault(new Lookup.Profiles(), List.of());
    }

    @SuppressWarnings("unchecked")
    public List<PackagePrice> prices() {
        return (List<PackagePrice>) answers.getOrDefault(new Lookup.Prices(), List.of());
    }

    public AccountCard account() {
        return (AccountCard) answers.getOrDefault(new Lookup.Account(), new AccountCard(0, null));
    }

    @SuppressWarnings("unchecked")
    public List<Transaction> transactions() {
        return (List<Transaction>) answers.getOrDefault(new Lookup.RecentTransactions(), List.of());
    }

    public PurchaseOptions tokenOffer() {
        return (PurchaseOptions) answers.get(new Lookup.TokenOffer());
    }

    public SubscriptionPlan plan() {
        return (SubscriptionPlan) answers.get(new Lookup.Plan());
    }

    @SuppressWarnings("unchecked")
    public Page<OrderCard> orders(Lookup.Orders query) {
        return (Page<OrderCard>) answers.get(query);
    }

    @SuppressWarnings("unchecked")
    public List<OrderCard> waiting() {
        return (List<OrderCard>) answers.getOrDefault(new Lookup.Waiting(), List.of());
    }

    /** The order a {@link Lookup.Order} or a move returned; empty when it is not found or not the user's. */
    public Optional<OrderCard> order(Lookup lookup) {
        return Optional.ofNullable((OrderCard) answers.get(lookup));
    }
}
