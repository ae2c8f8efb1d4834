package com.telekpr.sandbox.telegram;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/** Everything the simulated Telegram remembers, shared by the Bot API routes and the control side. */
final class TelegramState {
    final String token;
    final BotIdentity bot;
    final RateLimiter limiter;
    final TelegramFailures failures = new TelegramFailures();
    final CallCounter counter = new CallCounter();
    final UpdateQueue updates = new UpdateQueue();
    final WebhookSender webhookSender = new WebhookSender(updates);
    final CallbackQueries callbackQueries = new CallbackQueries();
    final BotCommands commands = new BotCommands();
    private final Map<Long, FakeUser> users = new ConcurrentHashMap<>();
    /**
     * Made-up users get ids far above the small ones tests like to use as chat ids, and new ones each run
     * (the local stack keeps the bot's data between runs; a new fake user must not inherit an old one's).
     */
    private final AtomicLong lastUserId = new AtomicLong(5_000_000_000L
            + (java.time.Instant.now().getEpochSecond() - 1_700_000_000L) * 100);
    private final Map<Long, ChatLog> chats = new ConcurrentHashMap<>();
    private final Set<Long> blocked = ConcurrentHashMap.newKeySet();
    private final List<CallbackAnswer> answers = new CopyOnWriteArrayList<>();
    private final List<ChatAction> chatActions = new CopyOnWriteArrayList<>();
    private final Object arrivals = new Object();

    TelegramState(String token, TelegramLimits limits) {
        this.token = token;
        this.bot = BotIdentity.fromToken(token);
        this.limiter = new RateLimiter(limits, System::nanoTime);
        updates.onChange(webhookSender::wake);
    }

    FakeUser newUser(String firstName, String lastName, String username, String languageCode) {
        return register(new FakeUser(lastUserId.incrementAndGet(), firstName, lastName, username, languageCode));
    }

    /** Adds the user, or replaces the one with the same id (a user may change their name). */
    FakeUser register(FakeUser user) {
        users.put(user.id(), user);
        return user;
    }

    Optional<FakeUser> user(long id) {
        return Optional.ofNullable(users.get(id));
    }

    List<FakeUser> users() {
        return users.values().stream().sorted(Comparator.comparingLong(FakeUser::id)).toList();
    }

    /** The chat's log, created on first use. */
    ChatLog chat(long chatId) {
        return chats.computeIfAbsent(chatId, ChatLog::new);
    }

    Optional<ChatLog> existingChat(long chatId) {
        return Optional.ofNullable(chats.get(chatId));
    }

    Collection<ChatLog> chats() {
        return chats.values();
    }

    boolean isBlocked(long chatId) {
        return blocked.contains(chatId);
    }

    void block(long chatId, boolean on) {
        if (on) {
            blocked.add(chatId);
        } else {
            blocked.remove(chatId);
        }
    }

    void recordAnswer(CallbackAnswer answer) {
        answers.add(answer);
    }

    List<CallbackAnswer> answers() {
        return List.copyOf(answers);
    }

    void recordChatAction(ChatAction action) {
        chatActions.add(action);
    }

    List<ChatAction> chatActions() {
        return List.copyOf(chatActions);
    }

    /** Wakes {@link #await} callers after a message or edit (of either side) was recorded. */
    void arrived() {
        synchronized (arrivals) {
            arrivals.notifyAll();
        }
    }

    /** Waits on arrivals (no busy polling) until {@code done} holds or the deadline (a nanoTime) passes. */
    void await(BooleanSupplier done, long deadlineNanos) throws InterruptedException {
        synchronized (arrivals) {
            while (!done.getAsBoolean() && System.nanoTime() < deadlineNanos) {
                TimeUnit.NANOSECONDS.timedWait(arrivals, Math.max(1, deadlineNanos - System.nanoTime()));
            }
        }
    }

    /**
     * Forgets messages, edits, deletions, chat actions, answers, blocks, forced failures, counts, pending updates,
     * open callback queries, the webhook and the command menus; keeps the limits (with full buckets) and the fake
     * users, who are set-up like the limits.
     */
    void reset() {
        chats.clear();
        chatActions.clear();
        commands.reset();
        updates.reset();
        webhookSender.forgetFailures();
        callbackQueries.reset();
        answers.clear();
        blocked.clear();
        failures.reset();
        counter.reset();
        limiter.configure(limiter.limits());
    }
}
