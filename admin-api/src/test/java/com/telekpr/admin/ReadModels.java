package com.telekpr.admin;

import com.telekpr.events.Envelope;
import com.telekpr.events.Topics;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import com.telekpr.testkit.TopicSender;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Admin's read models in a test: emptied, fed through the real topics, awaited, and read back table by table. */
public final class ReadModels {
    /** Every projection table, and the columns that identify a row (the order a snapshot lists them in). */
    public static final List<String> TABLES = List.of("users order by user_id", "user_activity order by user_id, day",
            "customers order by profile_id", "orders order by order_id", "order_totals order by status, reached_queue",
            "order_history order by event_id", "payments order by payment_id", "ledger_lines order by event_id",
            "subscriptions order by subscription_id", "broadcasts order by broadcast_id", "catalogue order by code",
            "catalogue_version", "user_timeline order by event_id", "quarter_totals order by bucket",
            "package_quarters order by bucket, package_code");

    private static final List<String> EVENT_TOPICS = List.of(Topics.USER_EVENTS, Topics.ORDER_EVENTS,
            Topics.WALLET_EVENTS, Topics.PAYMENT_EVENTS, Topics.NOTIFICATION_EVENTS);

    private ReadModels() {
    }

    /** Forgets every projected event, so the next ones are projected into empty tables. */
    public static void clear() {
        Sql.update("truncate admin.users, admin.user_activity, admin.customers, admin.orders, admin.order_totals,"
                + " admin.order_history, admin.payments, admin.ledger_lines, admin.subscriptions, admin.broadcasts,"
                + " admin.catalogue, admin.catalogue_version, admin.user_timeline, admin.quarter_totals,"
                + " admin.package_quarters, admin.stream_events, admin.processed_messages");
    }

    /** Puts the envelopes on their topics in the order given, and waits until admin-api has projected each one. */
    public static void project(List<Envelope> envelopes) {
        try (var sender = new TopicSender()) {
            envelopes.forEach(sender::send);
        }
        awaitProjected(envelopes.stream().map(Envelope::id).distinct().toList());
    }

    public static void awaitProjected(Collection<UUID> ids) {
        String list = ids.stream().map(id -> "'" + id + "'").collect(java.util.stream.Collectors.joining(","));
        Await.until(ids.size() + " events projected", () -> Sql.count(
                "select count(*) from admin.processed_messages where message_id in (" + list + ")") == ids.size());
    }

    /** Waits until admin-api has consumed (and committed) everything on the event topics, repeats included. */
    public static void awaitConsumed() {
        try (var admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TelekprInfrastructure.bootstrapServers()))) {
            Await.until("admin-api consumed every event topic", () -> lag(admin) == 0);
        }
    }

    private static long lag(Admin admin) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("admin-api")
                    .partitionsToOffsetAndMetadata().get();
            var partitions = new java.util.HashMap<TopicPartition, OffsetSpec>();
            for (var topic : admin.describeTopics(EVENT_TOPICS).allTopicNames().get().values()) {
                topic.partitions().forEach(p -> partitions.put(new TopicPartition(topic.name(), p.partition()),
                        OffsetSpec.latest()));
            }
            long lag = 0;
            for (var end : admin.listOffsets(partitions).all().get().entrySet()) {
                OffsetAndMetadata done = committed.get(end.getKey());
                lag += end.getValue().offset() - (done == null ? 0 : done.offset());
            }
            return lag;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("cannot read admin-api's consumer offsets", e.getCause());
        }
    }

    /** Every row of every projection table as text, in a fixed order: two snapshots are equal iff the tables are. */
    public static List<String> snapshot() {
        var rows = new ArrayList<String>();
        for (String table : TABLES) {
            rows.add("-- " + table);
            String[] nameAndOrder = (table + " ").split(" ", 2);
            for (Object row : Sql.column("select t::text from admin." + nameAndOrder[0] + " t " + nameAndOrder[1])) {
                rows.add(String.valueOf(row));
            }
        }
        return rows;
    }
}
