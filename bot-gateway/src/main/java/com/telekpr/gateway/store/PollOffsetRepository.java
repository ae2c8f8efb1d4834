package com.telekpr.gateway.store;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The long-polling offset, one row. */
@ApplicationScoped
public class PollOffsetRepository {

    /** The next update_id to ask for; 0 (everything pending) before the first save. */
    public Uni<Long> load() {
        return Panache.withSession(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("select next_offset from poll_offset where id = 1", Long.class)
                .getResultList().map(rows -> rows.isEmpty() ? 0L : rows.get(0))));
    }

    public Uni<Void> save(long nextOffset) {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("insert into poll_offset (id, next_offset) values (1, :offset) on conflict (id)"
                        + " do update set next_offset = excluded.next_offset, updated_at = now()")
                .setParameter("offset", nextOffset).executeUpdate())).replaceWithVoid();
    }
}
