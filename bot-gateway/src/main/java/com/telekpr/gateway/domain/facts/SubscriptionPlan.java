package com.telekpr.gateway.domain.facts;

/** The premium plan on sale: its price in tokens and how many days it lasts. */
public record SubscriptionPlan(String type, int priceTokens, int periodDays) {
}
