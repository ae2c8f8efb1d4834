package com.telekpr.sandbox.telegram;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Posts pending updates to the webhook like Telegram: one request per update, a chat's updates strictly one after
 * another in update_id order, different chats in parallel up to max_connections. A 2xx confirms the update;
 * anything else, or no answer, is recorded as the last error and retried after a back-off that doubles from 1 s
 * up to 30 s, holding back that chat's later updates meanwhile.
 */
final class WebhookSender implements AutoCloseable {
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final long FIRST_BACKOFF_MILLIS = 1_000;
    private static final long MAX_BACKOFF_MILLIS = 30_000;

    /** A chat whose delivery failed: how often in a row, and not before when to try again. */
    private record Backoff(int failures, long notBeforeNanos) {
    }

    private final UpdateQueue queue;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Runs the pumps and the answers, one at a time; the HTTP itself is asynchronous, so deliveries overlap. */
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "telegram-sandbox-webhook");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Long> chatsInFlight = new HashSet<>();
    private final Map<Long, Backoff> backoffs = new HashMap<>();

    WebhookSender(UpdateQueue queue) {
        this.queue = queue;
    }

    /** Looks for updates to send, soon and on the sender's own thread. */
    void wake() {
        run(this::pump);
    }

    /** A new or removed webhook starts with a clean slate: no chat waits on the old one's failures. */
    void forgetFailures() {
        run(backoffs::clear);
    }

    private void run(Runnable task) {
        try {
            worker.execute(task);
        } catch (RejectedExecutionException closed) {
            // the simulator is closing: nothing is delivered any more
        }
    }

    private void pump() {
        WebhookConfig webhook = queue.snapshot().webhook();
        if (webhook == null) {
            return;
        }
        Set<Long> seen = new HashSet<>();
        long now = System.nanoTime();
        for (Update update : queue.pending()) {
            if (chatsInFlight.size() >= webhook.maxConnections()) {
                return;
            }
            // only a chat's earliest update may go, and only when nothing of that chat is under way or backing off
            if (!seen.add(update.chatId()) || chatsInFlight.contains(update.chatId()) || waiting(update.chatId(), now)) {
                continue;
            }
            chatsInFlight.add(update.chatId());
            send(webhook, update);
        }
    }

    private boolean waiting(long chatId, long now) {
        Backoff backoff = backoffs.get(chatId);
        return backoff != null && now - backoff.notBeforeNanos() < 0;
    }

    private void send(WebhookConfig webhook, Update update) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(webhook.url())).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(update.json().toString(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException unusable) {
            run(() -> failed(update, "Invalid webhook URL: " + unusable.getMessage()));
            return;
        }
        if (webhook.secretToken() != null) {
            request.header(SECRET_HEADER, webhook.secretToken());
        }
        http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()).whenCompleteAsync((response, error) -> {
            if (error != null) {
                failed(update, describe(error));
            } else if (response.statusCode() / 100 == 2) {
                delivered(update);
            } else {
                failed(update, ("Wrong response from the webhook: " + response.statusCode() + " "
                        + reason(response.statusCode())).trim());
            }
        }, worker);
    }

    private void delivered(Update update) {
        chatsInFlight.remove(update.chatId());
        backoffs.remove(update.chatId());
        queue.confirm(update.updateId());
        pump();
    }

    private void failed(Update update, String error) {
        chatsInFlight.remove(update.chatId());
        queue.recordWebhookError(error);
        Backoff previous = backoffs.get(update.chatId());
        int failures = previous == null ? 1 : previous.failures() + 1;
        long delay = Math.min(MAX_BACKOFF_MILLIS, FIRST_BACKOFF_MILLIS << Math.min(failures - 1, 16));
        backoffs.put(update.chatId(), new Backoff(failures, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delay)));
        worker.schedule(this::pump, delay, TimeUnit.MILLISECONDS);
        pump(); // other chats need not wait for this one
    }

    /** The wording of Telegram's last_error_message for the usual network failures. */
    private static String describe(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof HttpTimeoutException) {
            return "Read timeout expired";
        }
        if (cause instanceof ConnectException) {
            return "Connection refused";
        }
        return "Connection error: " + cause.getClass().getSimpleName();
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "";
        };
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
