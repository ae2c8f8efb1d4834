package com.telekpr.admin.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.admin.History;
import com.telekpr.admin.ReadModels;
import com.telekpr.admin.SeededHistory;
import com.telekpr.events.Envelope;
import com.telekpr.events.OrderEvent.OrderPlaced;
import com.telekpr.events.OrderEvent.OrderQueued;
import com.telekpr.events.OrderEvent.OrderStatusChanged;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Events arrive in any order across topics, and some more than once: the read models end up the same. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ArrivalOrderTest {

    @Test
    void shuffledAndRepeatedEventsGiveTheCleanSequencesProjections() {
        List<Envelope> clean = new SeededHistory().envelopes();
        ReadModels.clear();
        ReadModels.project(clean);
        List<String> expected = ReadModels.snapshot();

        for (long seed : new long[] {1, 2, 3}) {
            var messy = new ArrayList<>(clean);
            messy.addAll(clean.subList(0, clean.size() / 3));
            Collections.shuffle(messy, new Random(seed));
            ReadModels.clear();
            ReadModels.project(messy);
            ReadModels.awaitConsumed();
            assertEquals(expected, ReadModels.snapshot(), "shuffle " + seed);
        }
    }

    @Test
    void aStatusChangeBeforeItsOrderIsKeptAndTheOrderCompletedLater() {
        ReadModels.clear();
        UUID user = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        var events = new History()
                .at("2026-11-01T10:00:00Z", user, "order", new OrderPlaced(order, UUID.randomUUID(), "SITES_50", "50 sites",
                        50, false, 50, false, false))
                .at("2026-11-01T10:00:01Z", user, "order", new OrderQueued(order, 1, false, "SITES_50", "50 sites", 50, 0))
                .at("2026-11-01T11:00:00Z", user, "order", new OrderStatusChanged(order, "pending", "processing", null, null, null))
                .envelopes();
        ReadModels.project(List.of(events.get(2)));
        assertEquals(List.of("processing"), Sql.column("select status from admin.orders where order_id = ?", order));
        ReadModels.project(List.of(events.get(0), events.get(1)));
        assertEquals(List.of("processing|50 sites|t|1"), Sql.column("select concat_ws('|', status, package_name,"
                + " reached_queue, queue_position) from admin.orders where order_id = ?", order));
        assertEquals(List.of("processing|t|1|50"), Sql.column("select concat_ws('|', status, reached_queue, orders, tokens)"
                + " from admin.order_totals where orders <> 0"), "counted once, under its latest status");
    }

    @Test
    void aRepeatedMessageIsProjectedOnce() {
        ReadModels.clear();
        UUID user = UUID.randomUUID();
        var events = new History().at("2026-11-01T10:00:00Z", user, "order", new OrderPlaced(UUID.randomUUID(),
                        UUID.randomUUID(), "SITES_50", "50 sites", 50, false, 50, false, false))
                .at("2026-11-01T10:00:01Z", user, "order", new OrderStatusChanged(UUID.randomUUID(), "pending",
                        "processing", null, null, null)).envelopes();
        Envelope placed = events.get(0);
        // the same key, so one partition: once the last (a marker) is projected, the three copies were consumed
        ReadModels.project(List.of(placed, placed, placed, events.get(1)));
        assertEquals(1L, Sql.count("select orders_count from admin.users where user_id = ?", user));
        assertEquals(1L, Sql.count("select sum(orders_placed) from admin.quarter_totals"));
    }
}
