package com.telekpr.notification.dispatch;

import com.telekpr.notification.client.BotApiClient;
import com.telekpr.notification.client.TelegramConfig;
import com.telekpr.notification.domain.MessageStatus;
import com.telekpr.notification.domain.SendOutcome;
import com.telekpr.notification.domain.SendScheduler;
import com.telekpr.notification.domain.Ticket;
import com.telekpr.notification.store.CommandPayloads;
import com.telekpr.notification.store.OutgoingMessageEntity;
import com.telekpr.notification.store.OutgoingMessageRepository;
import com.telekpr.outbox.Blocking;
import com.telekpr.outbox.FailureClassifier;
import com.telekpr.outbox.FailureKind;
import com.telekpr.outbox.RetryPolicy;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The send loop. Queued rows are the truth: they are loaded into the {@link SendScheduler}, which
 * says what may go now; a worker sends it and records the answer before the chat's next message may
 * go. Woken after every commit that queued something, and polls besides. A graceful stop lets the
 * requests in flight finish and be recorded; after a kill the rows still queued are sent on restart.
 */
@ApplicationScoped
public class Dispatcher {
    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    /**
     * Writing down Telegram's answer: while the database is away for as long as that lasts, otherwise 10
     * attempts before the message is left in flight; 200 ms doubling to 10 s between them.
     */
    private static final RetryPolicy RECORDING = new RetryPolicy(10, Duration.ofMillis(200), Duration.ofSeconds(10));

    private final OutgoingMessageRepository messages;
    private final BotApiClient telegram;
    private final DeliveryRecorder recorder;
    private final DispatchLeadership leadership;
    private final DispatchConfig settings;
    private final SchedulerGuard guard;
    private final QueueLoader loader;
    private final ExecutorService workers;
    /** Requests in flight; a message is taken from the scheduler only when it can leave at once, or the pace would bunch. */
    private final Semaphore slots;
    private volatile boolean running;
    private Thread loop;

    Dispatcher(OutgoingMessageRepository messages, BotApiClient telegram, DeliveryRecorder recorder,
               DispatchLeadership leadership, TelegramConfig telegramConfig, DispatchConfig config,
               DispatchMetrics metrics) {
        this.messages = messages;
        this.telegram = telegram;
        this.recorder = recorder;
        this.leadership = leadership;
        this.settings = config;
        this.guard = new SchedulerGuard(new SendScheduler(telegramConfig.rateLimits(), System.nanoTime()), metrics);
        this.loader = new QueueLoader(messages, guard, settings.maxInMemory());
        this.slots = new Semaphore(telegramConfig.concurrency());
        this.workers = Executors.newFixedThreadPool(telegramConfig.concurrency(), runnable -> {
            var thread = new Thread(runnable, "telegram-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    void start(@Observes StartupEvent started) {
        running = true;
        loop = new Thread(this::run, "telegram-dispatcher");
        loop.setDaemon(true);
        loop.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        guard.wake();
        loop.join(TimeUnit.SECONDS.toMillis(5));
        workers.shutdown(); // requests in flight finish and are recorded
        if (!workers.awaitTermination(20, TimeUnit.SECONDS)) {
            LOG.warn("requests to Telegram still unanswered at shutdown; they will be sent again after restart");
        }
        leadership.release();
    }

    /** Something was queued and committed: look for it now rather than at the next poll. */
    public Uni<Void> wake() {
        guard.requestLoad();
        return Uni.createFrom().voidItem();
    }

    private void run() {
        long nextPoll = 0;
        while (running) {
            try {
                if (!leadership.hold()) {
                    pause(settings.pollEvery()); // a standby instance: wake-ups are not for it
                    continue;
                }
                long now = System.nanoTime();
                if (guard.loadRequested() || now >= nextPoll) {
                    boolean more = loader.load();
                    nextPoll = now + settings.pollEvery().toNanos();
                    if (more) {
                        guard.requestLoad();
                    }
                }
                if (!slots.tryAcquire(settings.pollEvery().toMillis(), TimeUnit.MILLISECONDS)) {
                    continue;
                }
                var ticket = guard.nextOrWait(settings.pollEvery().toNanos());
                if (ticket.isPresent()) {
                    workers.execute(() -> deliverAndFree(ticket.get()));
                } else {
                    slots.release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException unexpected) {
                LOG.errorf(unexpected, "send loop pass failed; trying again");
                guard.idle(settings.pollEvery().toNanos());
            }
        }
    }

    private void deliverAndFree(Ticket ticket) {
        try {
            deliver(ticket);
        } finally {
            slots.release();
        }
    }

    private void deliver(Ticket ticket) {
        OutgoingMessageEntity row;
        try {
            row = Blocking.await(() -> Panache.withSession(() -> messages.findById(ticket.id())));
        } catch (RuntimeException databaseDown) {
            LOG.warnf("could not read message %s, will retry: %s", ticket.id(), databaseDown.toString());
            guard.retry(ticket, Duration.ofSeconds(1));
            return;
        }
        if (row == null || !MessageStatus.QUEUED.stored().equals(row.status)) {
            guard.done(ticket); // ended meanwhile, e.g. its broadcast was cancelled
            return;
        }
        SendOutcome outcome;
        try {
            outcome = telegram.send(CommandPayloads.read(row.kind, row.payload));
        } catch (RuntimeException unsendable) { // e.g. a document whose content is not base64: Telegram never sees it
            outcome = new SendOutcome.Refused("not sendable: " + unsendable.getMessage());
        }
        guard.count(outcome);
        var next = recordUntilStored(row, outcome);
        if (next == null) {
            return; // not recorded: left in flight, see recordUntilStored
        }
        if (next instanceof DeliveryRecorder.TryAgainIn again) {
            guard.retry(ticket, again.pause());
        } else if (next instanceof DeliveryRecorder.ChatBlocked blocked) {
            guard.blockChat(ticket, blocked.chatId());
        } else {
            guard.done(ticket);
        }
    }

    /**
     * Telegram has answered: the answer must be written down, or the message would be sent again. While
     * the database is away (a transient failure) it is tried for as long as that lasts; after the attempts
     * {@link #RECORDING} allows for other failures, or at shutdown, the message stays in flight (its chat
     * waits) until a restart rereads the row, rather than being sent again at once.
     */
    private DeliveryRecorder.Next recordUntilStored(OutgoingMessageEntity row, SendOutcome outcome) {
        RetryPolicy.Failures failures = RetryPolicy.Failures.NONE;
        while (true) {
            try {
                return Blocking.await(() -> recorder.record(row, outcome));
            } catch (RuntimeException failed) {
                FailureKind kind = FailureClassifier.classify(failed);
                failures = failures.plus(kind);
                var pause = RECORDING.nextDelay(kind, failures);
                if (!running || pause.isEmpty()) {
                    LOG.errorf(failed, "could not record Telegram's answer for %s; it stays in flight until restart", row.id);
                    return null;
                }
                if (failures.total() == 1 || failures.total() % 10 == 0) {
                    LOG.warnf("could not record the answer for %s (attempt %d), retrying in %s: %s", row.id,
                            failures.total(), pause.get(), failed.toString());
                }
                pause(pause.get());
            }
        }
    }

    private static void pause(Duration pause) {
        try {
            TimeUnit.MILLISECONDS.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
