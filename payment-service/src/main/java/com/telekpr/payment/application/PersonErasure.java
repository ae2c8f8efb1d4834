package com.telekpr.payment.application;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * UserErased: OxaPay's callbacks about the person's payments keep what reconciliation needs (ids, status, amounts,
 * currency, dates) and lose the rest (the payer's email, the description); the payments themselves hold nothing
 * personal.
 */
@ApplicationScoped
public class PersonErasure {
    private static final String SCRUB = "update webhook_log set raw_body = case when raw_body ~ '^\\s*\\{' then"
            + " coalesce((select jsonb_object_agg(field, value) from jsonb_each(raw_body::jsonb) as kept(field, value)"
            + " where field in ('track_id', 'status', 'type', 'amount', 'value', 'sent_value', 'currency', 'order_id',"
            + " 'date', 'txs')), '{}'::jsonb)::text else '[erased]' end"
            + " where track_id in (select track_id from payments where user_id = :user)";

    public Uni<Void> erase(UUID user) {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(SCRUB).setParameter("user", user).executeUpdate()))
                .replaceWithVoid();
    }
}
