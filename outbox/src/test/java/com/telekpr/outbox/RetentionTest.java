package com.telekpr.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RetentionTest {
    @Inject
    OutboxRelay relay;

    @Test
    void sentMessagesAndRememberedIdsOlderThanTheRetentionAreForgottenAndNothingElse() throws Throwable {
        UUID oldSent = UUID.randomUUID();
        UUID oldUnsent = UUID.randomUUID();
        UUID oldProcessed = UUID.randomUUID();
        UUID freshProcessed = UUID.randomUUID();
        try (var connection = Sql.connect(); var statement = connection.createStatement()) {
            // an advisory lock keeps the relay from publishing the unsent row while the test looks at it
            statement.execute("select pg_advisory_lock(hashtext('outbox_test.outbox-relay'))");
            statement.execute("insert into outbox_test.outbox (id, topic, type, payload, created_at, sent_at) values"
                    + " ('" + oldSent + "', 'order.events', 'OrderQueued', '{}', now() - interval '30 days', now() - interval '30 days'),"
                    + " ('" + oldUnsent + "', 'order.events', 'OrderQueued', '{}', now() - interval '30 days', null)");
            statement.execute("insert into outbox_test.processed_messages (message_id, type, processed_at) values"
                    + " ('" + oldProcessed + "', 'OrderQueued', now() - interval '30 days'),"
                    + " ('" + freshProcessed + "', 'OrderQueued', now())");

            VertxContextSupport.subscribeAndAwait(() -> relay.prune());

            assertEquals(0, Sql.count("select count(*) from outbox_test.outbox where id = ?", oldSent));
            assertEquals(1, Sql.count("select count(*) from outbox_test.outbox where id = ?", oldUnsent));
            assertEquals(0, Sql.count("select count(*) from outbox_test.processed_messages where message_id = ?", oldProcessed));
            assertEquals(1, Sql.count("select count(*) from outbox_test.processed_messages where message_id = ?", freshProcessed));
            statement.execute("delete from outbox_test.outbox where id = '" + oldUnsent + "'");
            statement.execute("select pg_advisory_unlock(hashtext('outbox_test.outbox-relay'))");
        }
    }
}
