package com.telekpr.admin.store;

import com.telekpr.events.CatalogueEvent;
import com.telekpr.events.CatalogueEvent.CatalogueChanged;
import com.telekpr.events.CataloguePackage;
import com.telekpr.events.Envelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The price list as order-service last told it: a CatalogueChanged older than the one kept is ignored. */
public final class CatalogueProjector {
    private CatalogueProjector() {
    }

    public static Uni<Void> apply(SqlConnection connection, Envelope envelope, CatalogueEvent event) {
        if (!(event instanceof CatalogueChanged changed)) {
            return Uni.createFrom().voidItem();
        }
        return Sql.count(connection, "insert into catalogue_version (changed_at) values ($1) on conflict (singleton)"
                        + " do update set changed_at = excluded.changed_at where catalogue_version.changed_at <= excluded.changed_at",
                        envelope.time())
                .chain(newer -> newer == 0 ? Uni.createFrom().voidItem() : replace(connection, changed.packages()));
    }

    private static Uni<Void> replace(SqlConnection connection, List<CataloguePackage> packages) {
        List<Tuple> rows = new ArrayList<>();
        for (int i = 0; i < packages.size(); i++) {
            CataloguePackage p = packages.get(i);
            rows.add(Sql.tuple(Arrays.<Object>asList(p.code(), i, p.name(), p.sitesCount(),
                    p.regularPrice(), p.subscriberPrice(), p.active())));
        }
        Uni<Void> cleared = Sql.run(connection, "delete from catalogue");
        if (rows.isEmpty()) {
            return cleared;
        }
        return cleared.chain(() -> connection.preparedQuery("insert into catalogue (code, position, name, sites_count,"
                + " regular_price, subscriber_price, active) values ($1, $2, $3, $4, $5, $6, $7)").executeBatch(rows))
                .replaceWithVoid();
    }
}
