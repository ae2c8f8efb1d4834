package com.telekpr.admin.projection;

import static com.telekpr.admin.Staff.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.admin.History;
import com.telekpr.admin.ReadModels;
import com.telekpr.admin.SeededHistory;
import com.telekpr.admin.store.ProjectionLock;
import com.telekpr.events.Envelope;
import com.telekpr.events.OrderEvent.OrderPlaced;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import com.telekpr.testkit.TopicSender;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Rebuilding from offset 0 gives the live read models, table by table, also with events arriving meanwhile. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RebuildTest {

    @Test
    void aRebuildEqualsTheLiveProjections() {
        rebuildAndWait();  // the live models now hold the whole history of the topics, as a rebuild makes them
        ReadModels.project(new SeededHistory().envelopes());
        ReadModels.awaitConsumed();
        List<String> live = ReadModels.snapshot();

        JsonPath done = rebuildAndWait();
        assertEquals(live, ReadModels.snapshot());
        assertTrue(done.getLong("eventsReplayed") > 0);
        for (int i = 0; i < done.getList("topics").size(); i++) {
            assertEquals(done.getLong("topics[" + i + "].end"), done.getLong("topics[" + i + "].reached"),
                    done.getString("topics[" + i + "].topic"));
        }
    }

    @Test
    void eventsThatArriveDuringARebuildAreInTheNewCopy() throws Exception {
        ReadModels.project(new SeededHistory().envelopes());
        List<Envelope> meanwhile = IntStream.range(0, 50).mapToObj(i -> orderPlaced()).toList();
        try (Connection liveProjection = Sql.connect()) {
            // plays a live projection in the middle of its transaction: the swap must wait for it
            liveProjection.setAutoCommit(false);
            liveProjection.createStatement().execute("select pg_advisory_xact_lock_shared(" + ProjectionLock.KEY + ")");
            asAdmin().post("/api/admin/projections/rebuild").then().statusCode(202).body("state", equalTo("replaying"));
            Await.until("the replay waits for the live projection in flight", () -> "locking".equals(state()));
            asAdmin().post("/api/admin/projections/rebuild").then().statusCode(409)
                    .body("error", equalTo("rebuild_running")).body("rebuild.state", equalTo("locking"));
            asAdmin().get("/api/admin/orders").then().statusCode(200);  // reads answer throughout
            try (var sender = new TopicSender()) {
                meanwhile.forEach(sender::send);
            }
            liveProjection.rollback();
        }
        awaitDone();
        ReadModels.awaitProjected(meanwhile.stream().map(Envelope::id).toList());
        ReadModels.awaitConsumed();
        for (Envelope placed : meanwhile) {
            assertEquals(1L, Sql.count("select count(*) from admin.orders where order_id = ?",
                    ((OrderPlaced) placed.data()).orderId()));
            assertEquals(1L, Sql.count("select count(*) from admin.stream_events where event_id = ?", placed.id()),
                    "streamed, whether live projection or the swap took it");
        }
        List<String> live = ReadModels.snapshot();
        rebuildAndWait();
        assertEquals(live, ReadModels.snapshot(), "a quiet rebuild changes nothing");
    }

    private static JsonPath rebuildAndWait() {
        asAdmin().post("/api/admin/projections/rebuild").then().statusCode(202);
        return awaitDone();
    }

    private static JsonPath awaitDone() {
        Await.until("the rebuild finished", () -> !List.of("replaying", "locking", "swapping").contains(state()));
        JsonPath status = asAdmin().get("/api/admin/projections").then().statusCode(200).extract().jsonPath();
        assertEquals("done", status.getString("state"), status.prettify());
        return status;
    }

    private static String state() {
        return asAdmin().get("/api/admin/projections").jsonPath().getString("state");
    }

    private static Envelope orderPlaced() {
        return new History().at(Instant.now(), UUID.randomUUID(), "order", new OrderPlaced(UUID.randomUUID(),
                UUID.randomUUID(), "SITES_50", "50 sites", 50, false, 50, false, false)).envelopes().get(0);
    }
}
