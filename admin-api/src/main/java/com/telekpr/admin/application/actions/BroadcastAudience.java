package com.telekpr.admin.application.actions;

import com.telekpr.admin.store.Sql;
import com.telekpr.rest.InvalidRequestException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who a broadcast goes to (PRD §8.4), read from the users projection: everyone who started the bot and can be
 * reached (not suspended, not blocked), or a part of them; in test mode the asking staff member's own chat, else
 * every admin's.
 */
@ApplicationScoped
public class BroadcastAudience {
    private static final String REACHABLE = "select user_id from users where registered_at is not null and not suspended"
            + " and not blocked_bot";
    private static final Map<String, String> AUDIENCES = Map.of(
            "all", "",
            "subscribers", " and coalesce(subscription_expires_at > now(), false)",
            "non_subscribers", " and not coalesce(subscription_expires_at > now(), false)",
            "active_30d", " and last_active >= current_date - 30");

    private final Pool pool;

    BroadcastAudience(Pool pool) {
        this.pool = pool;
    }

    /** The audience's name checked: all (when none is given), subscribers, non_subscribers or active_30d. */
    public static String checked(String audience) {
        String name = audience == null || audience.isBlank() ? "all" : audience.strip();
        if (!AUDIENCES.containsKey(name)) {
            throw new InvalidRequestException("audience", "audience must be all, subscribers, non_subscribers or active_30d");
        }
        return name;
    }

    public Uni<List<UUID>> recipients(String audience) {
        return ids(REACHABLE + AUDIENCES.get(checked(audience)));
    }

    /** Test mode: the staff member's own Telegram user when linked, else every reachable admin. */
    public Uni<List<UUID>> testRecipients(UUID linkedUser) {
        if (linkedUser != null) {
            return Uni.createFrom().item(List.of(linkedUser));
        }
        return ids(REACHABLE + " and is_admin");
    }

    private Uni<List<UUID>> ids(String query) {
        return Sql.rows(pool, query + " order by user_id").map(rows -> Sql.list(rows, row -> row.getUUID("user_id")));
    }
}
