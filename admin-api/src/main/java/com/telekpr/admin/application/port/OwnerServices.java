package com.telekpr.admin.application.port;

import io.smallrye.mutiny.Uni;

/**
 * The services that own what staff change: admin-api never writes their schemas, it asks them over their REST
 * APIs with the staff member's own token and an Idempotency-Key, so a repeat is answered and not done again.
 */
public interface OwnerServices {

    /**
     * The owner's answer, whatever its status; fails with {@link OwnerUnreachableException} when the owner gave none
     * after the configured attempts (each with the same key, so none can have acted twice).
     */
    Uni<OwnerAnswer> send(OwnerRequest request);
}
