package com.telekpr.gateway.application.port;

import com.telekpr.gateway.domain.Facts;
import com.telekpr.gateway.domain.Lookup;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/**
 * What the bot learns from order-, wallet- and payment-service, and the operators' moves it asks of
 * order-service, as the application needs them: the application owns this interface and the client
 * package answers it over REST, so the rules of a turn never depend on how the services are reached.
 */
public interface OtherServices {
    /**
     * Performs {@code lookups} for {@code userId} side by side; completes with the facts once all have
     * answered. A service that does not answer marks its facts unreachable rather than failing. {@code updateId},
     * the Telegram update's id, makes a move's Idempotency-Key, so the update's retry makes no move twice.
     */
    Uni<Facts> perform(List<Lookup> lookups, UUID userId, UUID updateId);
}
