package com.telekpr.gateway.ingress;

import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.request.GetUpdates;
import com.pengrad.telegrambot.utility.BotUtils;
import com.telekpr.gateway.client.BotApi;
import com.telekpr.gateway.client.TelegramApiConfig;
import com.telekpr.gateway.store.PollOffsetRepository;
import com.telekpr.outbox.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * getUpdates in a loop (product.md §12.1, 50 s long poll): each batch goes onto telegram.updates, then the next
 * offset is saved, then asked for — which confirms the batch to Telegram. A crash in between sends a
 * batch again; the consumer drops what it has seen by update id. The offset is read from Postgres once
 * and then kept in memory, so updates keep reaching Kafka while the database is away; a save that fails
 * then is made good by the next one.
 */
@ApplicationScoped
public class LongPolling {
    private static final Logger LOG = Logger.getLogger(LongPolling.class);
    private static final String[] KINDS = {"message", "callback_query"};

    private final BotApi api;
    private final UpdateIngress ingress;
    private final PollOffsetRepository offsets;
    private final TelegramApiConfig config;
    private volatile boolean running;
    private Thread loop;

    LongPolling(BotApi api, UpdateIngress ingress, PollOffsetRepository offsets, TelegramApiConfig config) {
        this.api = api;
        this.ingress = ingress;
        this.offsets = offsets;
        this.config = config;
    }

    void start() {
        running = true;
        loop = new Thread(this::run, "telegram-long-polling");
        loop.setDaemon(true);
        loop.start();
    }

    void stop() {
        running = false;
        if (loop != null) {
            loop.interrupt();
        }
    }

    private void run() {
        Duration pause = Duration.ofSeconds(1);
        Long known = null;
        while (running) {
            try {
                long offset = known != null ? known : Blocking.await(offsets::load);
                known = offset;
                var answer = api.bot().execute(new GetUpdates().offset(Math.toIntExact(offset)).limit(100)
                        .timeout((int) config.pollTimeout().toSeconds()).allowedUpdates(KINDS));
                if (!answer.isOk()) {
                    throw new IllegalStateException("getUpdates answered " + answer.errorCode() + " " + answer.description()
                            + (answer.errorCode() == 409 ? " (a webhook is set: delete it or use ingress=webhook)" : ""));
                }
                List<Update> updates = answer.updates();
                for (Update update : updates) {
                    byte[] json = BotUtils.toJson(update).getBytes(StandardCharsets.UTF_8);
                    ingress.accept(json).await().atMost(Duration.ofSeconds(30));
                }
                if (!updates.isEmpty()) {
                    long next = updates.get(updates.size() - 1).updateId() + 1L;
                    known = next;
                    save(next);
                }
                pause = Duration.ofSeconds(1);
            } catch (RuntimeException failed) {
                if (!running) {
                    return;
                }
                LOG.warnf("long polling failed, retrying in %d s: %s", pause.toSeconds(), failed.toString());
                if (!sleep(pause)) {
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : pause.multipliedBy(2);
            }
        }
    }

    private void save(long next) {
        try {
            Blocking.await(() -> offsets.save(next));
        } catch (RuntimeException databaseAway) {
            LOG.warnf("could not save the poll offset %d (kept in memory, saved with the next batch): %s", next,
                    databaseAway.toString());
        }
    }

    /** Waits {@code pause} unless stopped; false when stopped. */
    private boolean sleep(Duration pause) {
        try {
            java.util.concurrent.TimeUnit.MILLISECONDS.sleep(pause.toMillis());
            return running;
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
