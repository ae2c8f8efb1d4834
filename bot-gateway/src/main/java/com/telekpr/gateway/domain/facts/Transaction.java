package com.telekpr.gateway.domain.facts;

import java.time.Instant;

/** One line of a user's token history. */
public record Transaction(String type, int amount, int balanceAfter, String description, Instant createdAt) {
}
