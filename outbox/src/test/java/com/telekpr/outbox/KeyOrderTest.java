package com.telekpr.outbox;

import static com.telekpr.outbox.QueuedMessages.appendCommitted;
import static com.telekpr.outbox.QueuedMessages.queued;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.events.Envelope;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class KeyOrderTest {
    private static final int USERS = 10;
    private static final int PER_USER = 100;

    @Inject
    Outbox outbox;

    @Test
    void aThousandMessagesArriveInTheirOrderPerKey() throws Throwable {
        List<UUID> users = IntStream.range(0, USERS).mapToObj(i -> UUID.randomUUID()).toList();
        for (int position = 0; position < PER_USER; position += 10) {
            List<Envelope> transaction = new ArrayList<>();
            for (int p = position; p < position + 10; p++) {
                for (UUID user : users) {
                    transaction.add(queued(user, p));
                }
            }
            appendCommitted(outbox, transaction);
        }

        String userArray = "{" + String.join(",", users.stream().map(UUID::toString).toList()) + "}";
        Await.until("all 1,000 messages are applied", () -> Sql.count(
                "select count(*) from outbox_test.arrival where user_id = any(cast(? as uuid[]))", userArray)
                == USERS * PER_USER);
        List<Integer> expected = IntStream.range(0, PER_USER).boxed().toList();
        for (UUID user : users) {
            List<Object> positions = Sql.column(
                    "select position from outbox_test.arrival where user_id = ? order by seq", user);
            assertEquals(expected, positions, "order of user " + user);
        }
    }
}
