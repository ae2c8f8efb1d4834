package com.telekpr.sandbox.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import com.telekpr.sandbox.LoopbackServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A stand-in for the Telegram Bot API on a real HTTP port, with Telegram's answers, error descriptions and flood
 * limits. Point pengrad at {@link #apiUrl()}; read what each chat received, block users, force failures and change
 * limits here or over HTTP under {@code /control/telegram}. Fake users write to the bot and press its buttons; the
 * bot gets those updates by getUpdates or by webhook. People can chat with the bot at {@code <baseUrl>/chat}.
 */
public final class TelegramSimulator implements AutoCloseable {
    /** The first update id this run hands out (each run starts past the ids of earlier runs). */
    public static final long FIRST_UPDATE_ID = UpdateQueue.FIRST_UPDATE_ID;
    /** The services send concurrently; enough threads that the sandbox never serialises them itself. */
    private static final int THREADS = 16;

    private final HttpServer server;
    private final ExecutorService executor;
    private final TelegramState state;
    private final UserActions users;

    private TelegramSimulator(HttpServer server, ExecutorService executor, TelegramState state) {
        this.server = server;
        this.executor = executor;
        this.state = state;
        this.users = new UserActions(state);
    }

    /** Starts on {@code port} (0 for a free one) on the loopback interface. */
    public static TelegramSimulator start(int port, String botToken, TelegramLimits limits) {
        try {
            HttpServer server = LoopbackServer.create(port, 128);
            ExecutorService executor = Executors.newFixedThreadPool(THREADS, runnable -> {
                Thread thread = new Thread(runnable, "telegram-sandbox");
                thread.setDaemon(true);
                return thread;
            });
            var simulator = new TelegramSimulator(server, executor, new TelegramState(botToken, limits));
            var api = new BotApiRoutes(simulator.state);
            var control = new ControlRoutes(simulator);
            // one context for all: the JDK matches contexts by plain prefix, so "/bot" would also catch "/bottle"
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                if (ControlRoutes.matches(path)) {
                    control.handle(exchange);
                } else if (ChatPage.matches(path)) {
                    ChatPage.serve(exchange);
                } else if (BotApiRoutes.matches(path)) {
                    api.handle(exchange);
                } else {
                    BotApiRoutes.notFound(exchange);
                }
            });
            server.setExecutor(executor);
            server.start();
            return simulator;
        } catch (IOException e) {
            throw new UncheckedIOException("the Telegram sandbox could not listen on port " + port, e);
        }
    }

    public static TelegramSimulator start(int port, String botToken) {
        return start(port, botToken, TelegramLimits.telegram());
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** What pengrad's {@code TelegramBot.Builder.apiUrl} wants: it appends the token, a slash and the method. */
    public String apiUrl() {
        return baseUrl() + "/bot";
    }

    public String token() {
        return state.token;
    }

    /** What the chat received (messages and documents), in order, as sent; edits do not change these. */
    public List<SentMessage> messages(long chatId) {
        return state.existingChat(chatId).map(ChatLog::received).orElse(List.of());
    }

    /** Every chat's messages, in order of arrival. */
    public List<SentMessage> allMessages() {
        return acrossChats(ChatLog::received, SentMessage::receivedAtNanos);
    }

    /** The message as it reads now, after any edits; empty once deleted. */
    public Optional<SentMessage> current(long chatId, long messageId) {
        return state.existingChat(chatId).flatMap(chat -> chat.current(messageId));
    }

    public List<MessageEdit> edits(long chatId) {
        return state.existingChat(chatId).map(ChatLog::edits).orElse(List.of());
    }

    public List<MessageEdit> allEdits() {
        return acrossChats(ChatLog::edits, MessageEdit::receivedAtNanos);
    }

    /** The messages deleteMessage removed from the chat (either side's), in order. */
    public List<MessageDeletion> deletions(long chatId) {
        return state.existingChat(chatId).map(ChatLog::deletions).orElse(List.of());
    }

    public List<MessageDeletion> allDeletions() {
        return acrossChats(ChatLog::deletions, deletion -> deletion.deletedAt().getEpochSecond() * 1_000_000_000L
                + deletion.deletedAt().getNano());
    }

    /** Whether deleteMessage removed the message; {@link #current} is empty for it from then on. */
    public boolean isDeleted(long chatId, long messageId) {
        return state.existingChat(chatId).map(chat -> chat.isDeleted(messageId)).orElse(false);
    }

    /** What sendChatAction announced in the chat (typing, upload_document, ...), in order. */
    public List<ChatAction> chatActions(long chatId) {
        return state.chatActions().stream().filter(action -> action.chatId() == chatId).toList();
    }

    public List<ChatAction> allChatActions() {
        return state.chatActions();
    }

    /** The command menu setMyCommands set for the default scope and all languages. */
    public List<MenuCommand> myCommands() {
        return myCommands("default", "");
    }

    /**
     * The command menu for a scope, written {@code default}, {@code all_private_chats}, {@code all_group_chats},
     * {@code all_chat_administrators}, {@code chat:<chatId>}, {@code chat_administrators:<chatId>} or
     * {@code chat_member:<chatId>:<userId>}, and a language code ("" for all languages). Exactly what was set for
     * that pair: like getMyCommands, nothing falls back to a wider scope.
     */
    public List<MenuCommand> myCommands(String scope, String languageCode) {
        return state.commands.get(scope, languageCode);
    }

    public List<CallbackAnswer> callbackAnswers() {
        return state.answers();
    }

    public TelegramCounts counts() {
        return state.counter.snapshot();
    }

    /** The user blocked the bot: sends and edits to the chat answer 403 until {@link #unblock}. */
    public void block(long chatId) {
        state.block(chatId, true);
    }

    public void unblock(long chatId) {
        state.block(chatId, false);
    }

    /** The next {@code count} sends/edits/documents to any chat answer {@code httpStatus} (429: with that retry_after). */
    public void failNext(int count, int httpStatus, int retryAfterSeconds) {
        state.failures.failNext(count, httpStatus, retryAfterSeconds);
    }

    /** The next {@code count} sends/edits/documents to this chat answer {@code httpStatus} (429: retry_after 1). */
    public void failChat(long chatId, int count, int httpStatus) {
        failChat(chatId, count, httpStatus, 1);
    }

    public void failChat(long chatId, int count, int httpStatus, int retryAfterSeconds) {
        state.failures.failChat(chatId, count, httpStatus, retryAfterSeconds);
    }

    /** New limits from now on, every bucket full. */
    public void setLimits(TelegramLimits limits) {
        state.limiter.configure(limits);
    }

    public TelegramLimits limits() {
        return state.limiter.limits();
    }

    /** A new fake user with a fresh id; their private chat with the bot has the same id. Names may be null but the first. */
    public FakeUser createUser(String firstName, String lastName, String username, String languageCode) {
        return state.newUser(firstName, lastName, username, languageCode);
    }

    /** Adds a user with an id of the test's choosing, or replaces the one with that id. */
    public FakeUser addUser(FakeUser user) {
        return state.register(user);
    }

    public List<FakeUser> users() {
        return state.users();
    }

    public Optional<FakeUser> user(long id) {
        return state.user(id);
    }

    /** The user writes to the bot (a leading /command gets a bot_command entity); answers the message id. */
    public long userSays(FakeUser user, String text) {
        return users.says(user, text);
    }

    /**
     * The user presses the button with {@code callbackData} under the bot's message {@code messageId}; answers the
     * new callback query's id. Throws IllegalArgumentException when the message has no such button.
     */
    public String userPresses(FakeUser user, long messageId, String callbackData) {
        return users.presses(user, messageId, callbackData, false);
    }

    /** A press with any data, on the keyboard or not: what a tampered client could send. */
    public String userPressesRaw(FakeUser user, long messageId, String callbackData) {
        return users.presses(user, messageId, callbackData, true);
    }

    /** What the user wrote in the chat, in order. */
    public List<UserMessage> userMessages(long chatId) {
        return state.existingChat(chatId).map(ChatLog::fromUser).orElse(List.of());
    }

    /** Both sides of the chat that changed after {@code afterVersion} (0: everything), as they read now. */
    public ChatHistory history(long chatId, long afterVersion) {
        return state.existingChat(chatId).map(chat -> chat.history(afterVersion))
                .orElseGet(() -> new ChatHistory(chatId, 0, List.of()));
    }

    /** Updates neither confirmed through getUpdates nor delivered to the webhook. */
    public int pendingUpdateCount() {
        return state.updates.snapshot().pendingCount();
    }

    /** Those updates as Telegram JSON, oldest first. */
    public List<JsonNode> pendingUpdates() {
        return state.updates.pending().stream().<JsonNode>map(update -> update.json().deepCopy()).toList();
    }

    /**
     * Forgets messages, edits, deletions, chat actions, answers, blocks, forced failures, counts, pending updates,
     * open callback queries, the webhook and the command menus; keeps the limits (with full buckets) and the fake
     * users.
     */
    public void reset() {
        state.reset();
    }

    /** The most sends, documents and edits to the chat accepted within any {@code window}. */
    public int maxInAnyWindow(long chatId, Duration window) {
        return state.existingChat(chatId).map(chat -> SlidingWindow.maxIn(chat.acceptedAtNanos(), window)).orElse(0);
    }

    /** The same across all chats: what the global limit governs. */
    public int maxInAnyWindow(Duration window) {
        List<Long> all = new ArrayList<>();
        state.chats().forEach(chat -> all.addAll(chat.acceptedAtNanos()));
        all.sort(Comparator.naturalOrder());
        return SlidingWindow.maxIn(all, window);
    }

    /** Waits until the chat has received at least {@code count} messages or the timeout passes; answers what it has. */
    public List<SentMessage> awaitMessages(long chatId, int count, Duration timeout) throws InterruptedException {
        state.await(() -> messages(chatId).size() >= count, System.nanoTime() + timeout.toNanos());
        return messages(chatId);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        state.webhookSender.close();
    }

    private <T> List<T> acrossChats(Function<ChatLog, List<T>> read, ToLongFunction<T> arrival) {
        List<T> all = new ArrayList<>();
        state.chats().forEach(chat -> all.addAll(read.apply(chat)));
        all.sort(Comparator.comparingLong(arrival));
        return all;
    }
}
