package com.telekpr.notification.application;

import com.telekpr.events.DeliveryEvent.BroadcastProgress;
import com.telekpr.notification.dispatch.Dispatcher;
import com.telekpr.events.Button;
import com.telekpr.notification.domain.Broadcast;
import com.telekpr.notification.domain.BroadcastButton;
import com.telekpr.notification.domain.BroadcastReport;
import com.telekpr.notification.domain.MessageStatus;
import com.telekpr.notification.store.BroadcastEntity;
import com.telekpr.notification.store.BroadcastRepository;
import com.telekpr.notification.store.OutgoingMessageRepository;
import com.telekpr.notification.store.TelegramUserRepository;
import com.telekpr.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Broadcasts as admin-api drives them: write a draft, preview it, send it (every recipient queued in
 * one transaction, so a crash queues all or none), cancel it, read its report.
 */
@ApplicationScoped
public class BroadcastDesk {
    private final BroadcastRepository broadcasts;
    private final OutgoingMessageRepository messages;
    private final TelegramUserRepository users;
    private final Outbox outbox;
    private final Dispatcher dispatcher;

    BroadcastDesk(BroadcastRepository broadcasts, OutgoingMessageRepository messages, TelegramUserRepository users,
                  Outbox outbox, Dispatcher dispatcher) {
        this.broadcasts = broadcasts;
        this.messages = messages;
        this.users = users;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
    }

    /** A broadcast with where it stands; callers outside this package get it as a {@link BroadcastView}. */
    record Standing(BroadcastEntity broadcast, BroadcastReport report) {
        String text() {
            return broadcast.toDomain().text();
        }
    }

    /** What a broadcast would say and to how many users, without keeping anything. */
    public record Preview(String text, int characters, long recipients) {
    }

    public Uni<Preview> preview(String title, String message, String emoji, boolean testMode) {
        var broadcast = Broadcast.draft(UUID.randomUUID(), title, message, emoji, testMode);
        return Panache.withSession(() -> users.reachable(testMode))
                .map(recipients -> new Preview(broadcast.text(), broadcast.message().length(), recipients));
    }

    public Uni<BroadcastView> draft(String title, String message, String emoji, boolean testMode, BroadcastButton button,
                                    UUID createdBy) {
        var broadcast = Broadcast.draft(UUID.randomUUID(), title, message, emoji, testMode, button);
        var row = new BroadcastEntity();
        row.copy(broadcast);
        row.createdBy = createdBy;
        row.createdAt = Instant.now();
        return Panache.withTransaction(() -> broadcasts.persist(row))
                .map(saved -> BroadcastView.of(new Standing(saved, new BroadcastReport(0, 0, 0, 0, 0))));
    }

    public Uni<BroadcastView> get(UUID id) {
        return Panache.withSession(() -> broadcasts.findById(id)
                .onItem().ifNull().failWith(() -> new UnknownBroadcastException(id))
                .chain(this::standing))
                .map(BroadcastView::of);
    }

    public Uni<List<BroadcastView>> page(int page, int size) {
        return Panache.withSession(() -> broadcasts.findAll(Sort.descending("createdAt")).page(Page.of(page, size)).list()
                .chain(rows -> {
                    Uni<List<Standing>> all = Uni.createFrom().item(new java.util.ArrayList<>());
                    for (BroadcastEntity row : rows) {
                        all = all.chain(list -> standing(row).map(one -> {
                            list.add(one);
                            return list;
                        }));
                    }
                    return all;
                }))
                .map(standings -> standings.stream().map(BroadcastView::of).toList());
    }

    /**
     * Queues the text for every recipient (only {@code recipients} of them when that is not null: the audience
     * admin-api resolved); a broadcast can be sent once.
     */
    public Uni<BroadcastView> send(UUID id, List<UUID> recipients) {
        return Panache.withTransaction(() -> broadcasts.lock(id)
                .onItem().ifNull().failWith(() -> new UnknownBroadcastException(id))
                .chain(row -> {
                    var broadcast = row.toDomain();
                    broadcast.startSending();
                    row.copy(broadcast);
                    List<List<Button>> keyboard = broadcast.button() == null ? List.of()
                            : List.of(List.of(new Button(broadcast.button().text(), null, broadcast.button().url())));
                    return broadcasts.enqueueRecipients(id, broadcast.text(), broadcast.testMode(), keyboard, recipients)
                            .chain(() -> standing(row))
                            .call(standing -> progress(standing));
                }))
                .call(dispatcher::wake)
                .map(BroadcastView::of);
    }

    public Uni<BroadcastView> cancel(UUID id) {
        return Panache.withTransaction(() -> broadcasts.lock(id)
                .onItem().ifNull().failWith(() -> new UnknownBroadcastException(id))
                .chain(row -> {
                    var broadcast = row.toDomain();
                    broadcast.cancel();
                    row.copy(broadcast);
                    return messages.cancelQueuedOf(id).chain(() -> standing(row)).call(this::progress);
                }))
                .map(BroadcastView::of);
    }

    /** Ends a sending broadcast with nothing left to send; reports progress otherwise. Returns the standing. */
    Uni<Standing> review(UUID id) {
        return Panache.withTransaction(() -> broadcasts.lock(id).chain(row -> standing(row).call(standing -> {
            if (standing.report().pending() == 0) {
                var broadcast = row.toDomain();
                if (broadcast.finishIfSending()) {
                    row.copy(broadcast);
                }
            }
            return progress(standing);
        })));
    }

    private Uni<Standing> standing(BroadcastEntity row) {
        return messages.countsOf(row.id).map(counts -> new Standing(row, new BroadcastReport(
                count(counts, MessageStatus.SENT), count(counts, MessageStatus.FAILED),
                count(counts, MessageStatus.BLOCKED), count(counts, MessageStatus.CANCELLED), count(counts, MessageStatus.QUEUED))));
    }

    private static int count(java.util.Map<String, Long> counts, MessageStatus status) {
        return counts.getOrDefault(status.stored(), 0L).intValue();
    }

    private Uni<Void> progress(Standing standing) {
        var report = standing.report();
        var row = standing.broadcast();
        return outbox.appendNew(null, row.id.toString(), List.of(new BroadcastProgress(row.id, row.status,
                report.sent(), report.failed(), report.blocked(), report.cancelled(), report.pending())));
    }
}
