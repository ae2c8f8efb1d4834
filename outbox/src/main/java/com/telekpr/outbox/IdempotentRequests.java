package com.telekpr.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.telekpr.rest.IdempotencyKeyReusedException;
import com.telekpr.rest.InvalidRequestException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Exactly once for a write that arrives over REST: a caller that may send a request again (admin-api after a
 * timeout, the bot after a crash) gives it an {@code Idempotency-Key}. The key, a hash of the request and the
 * answer are stored in the write's own transaction, so the write happened if and only if its key is stored; a
 * repeat gets the first answer and makes no second effect. A refused write stores nothing (it had no effect), so
 * sending it again decides it again. Keys belong to the caller that sent them.
 */
@ApplicationScoped
public class IdempotentRequests {
    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;
    private static final String CLAIM = "insert into idempotency_keys (caller, idempotency_key, request_hash)"
            + " values (:caller, :key, :hash) on conflict do nothing";
    private static final String ANSWER = "update idempotency_keys set answer = :answer"
            + " where caller = :caller and idempotency_key = :key";
    private static final String FIRST = "select request_hash, answer from idempotency_keys"
            + " where caller = :caller and idempotency_key = :key";

    private final ObjectMapper json;
    private final SecurityIdentity identity;

    IdempotentRequests(ObjectMapper json, SecurityIdentity identity) {
        this.json = json;
        this.identity = identity;
    }

    /**
     * Runs {@code write} (which joins the transaction opened here) once per key: {@code operation} and {@code body}
     * say what was asked, so the same key with another request is refused (422). Without a key, {@code write} runs
     * as it would anyway.
     */
    public <T> Uni<T> once(String key, String operation, Object body, Class<T> answerType, Supplier<Uni<T>> write) {
        if (key == null) {
            return write.get();
        }
        String checkedKey = checked(key);
        String caller = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        String hash = hash(operation + "\n" + text(body));
        return Panache.withTransaction(() -> Panache.getSession().chain(session ->
                withKey(session.createNativeQuery(CLAIM), caller, checkedKey).setParameter("hash", hash).executeUpdate()
                        .chain(claimed -> claimed == 1
                                ? write.get().call(answer -> withKey(session.createNativeQuery(ANSWER), caller, checkedKey)
                                        .setParameter("answer", text(answer)).executeUpdate())
                                : firstAnswer(session, caller, checkedKey, hash, answerType))));
    }

    private <T> Uni<T> firstAnswer(Mutiny.Session session, String caller, String key, String hash, Class<T> answerType) {
        return withKey(session.<Object[]>createNativeQuery(FIRST), caller, key).getResultList().map(rows -> {
            Object[] first = rows.get(0);
            if (!hash.equals(first[0])) {
                throw new IdempotencyKeyReusedException(key);
            }
            try {
                return json.readValue((String) first[1], answerType);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the stored answer of Idempotency-Key " + key + " is unreadable", e);
            }
        });
    }

    private static <R> Mutiny.Query<R> withKey(Mutiny.Query<R> query, String caller, String key) {
        return query.setParameter("caller", caller).setParameter("key", key);
    }

    private static String checked(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidRequestException(HEADER, HEADER + " must be 1 to " + MAX_KEY_LENGTH
                    + " visible ASCII characters, e.g. a UUID");
        }
        return key;
    }

    private String text(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not writable as JSON: " + value, e);
        }
    }

    private static String hash(String request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
