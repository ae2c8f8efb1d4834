package com.telekpr.outbox;

import com.telekpr.events.PersonalSeal;
import com.telekpr.rest.ApiErrors;
import com.telekpr.rest.RequestParams;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The per-person keys of the fields this service seals into event history (crypto-shredding, see
 * {@link PersonalSeal}). Destroying a key is what makes an erased person's history unreadable everywhere, replays
 * included; nobody else holds it: readers ask this service for it.
 */
@ApplicationScoped
public class PersonalKeys {
    private static final String MAKE = "insert into personal_keys (user_id, secret) values (:user, :secret)"
            + " on conflict (user_id) do nothing";
    private static final String READ = "select secret, erased_at is not null from personal_keys where user_id = :user";
    private static final String ERASE = "insert into personal_keys (user_id, secret, erased_at) values (:user, null, now())"
            + " on conflict (user_id) do update set secret = null, erased_at = coalesce(personal_keys.erased_at, now())";
    // sent rows are history already on Kafka; unsent ones must still go out
    private static final String FORGET_SENT = "delete from outbox where sent_at is not null and message_key = :user";
    // a stored answer to a write about them (a profile edit) would hand their fields out again
    private static final String FORGET_ANSWERS = "delete from idempotency_keys where answer like :mention";

    /** The seal for writing {@code user}'s fields, a key made on first use; joins the caller's transaction. */
    public Uni<PersonalSeal> forWriting(UUID user) {
        return Panache.getSession().chain(session -> session.createNativeQuery(MAKE)
                .setParameter("user", user).setParameter("secret", PersonalSeal.newKey()).executeUpdate()
                .chain(() -> read(session, user)).map(Optional::orElseThrow));
    }

    /** What the key endpoint answers: the key (base64), or none once the person is erased. */
    public record Published(UUID userId, String key, boolean erased) {
    }

    /** The key endpoint's answer for {@code userId} (a path parameter): 200 with the key or its erasure, 404, 400. */
    public Uni<Response> answer(String userId) {
        UUID user = RequestParams.uuid("userId", userId);
        return published(user).map(found -> found.map(key -> Response.ok(key).build())
                .orElseGet(() -> ApiErrors.answer(404, "not_found", "no personal key of user " + user, null)));
    }

    /** {@code user}'s key for a reader of this service's events, if this service ever made one. */
    public Uni<Optional<Published>> published(UUID user) {
        return Panache.withSession(() -> Panache.getSession().chain(session -> session.<Object[]>createNativeQuery(READ)
                .setParameter("user", user).getResultList().map((List<Object[]> rows) -> rows.stream().findFirst()
                        .map(row -> new Published(user, row[0] == null ? null
                                : Base64.getEncoder().encodeToString((byte[]) row[0]), row[0] == null)))));
    }

    /**
     * Destroys {@code user}'s key for good, the sent outbox rows about them and the stored answers naming them; joins
     * the caller's transaction.
     */
    public Uni<Void> erase(UUID user) {
        return Panache.getSession().chain(session -> session.createNativeQuery(ERASE).setParameter("user", user)
                .executeUpdate()
                .chain(() -> session.createNativeQuery(FORGET_SENT).setParameter("user", user.toString()).executeUpdate())
                .chain(() -> session.createNativeQuery(FORGET_ANSWERS).setParameter("mention", "%" + user + "%")
                        .executeUpdate()))
                .replaceWithVoid();
    }

    private static Uni<Optional<PersonalSeal>> read(Mutiny.Session session, UUID user) {
        return session.<Object[]>createNativeQuery(READ).setParameter("user", user).getResultList()
                .map((List<Object[]> rows) -> rows.stream().findFirst()
                        .map(row -> Boolean.TRUE.equals(row[1]) ? PersonalSeal.erased() : PersonalSeal.of((byte[]) row[0])));
    }
}
