package com.telekpr.gateway.application;

import com.telekpr.events.Message;
import com.telekpr.events.NotificationCommand.AnswerCallback;
import com.telekpr.events.NotificationCommand.SendMessage;
import com.telekpr.gateway.application.port.OtherServices;
import com.telekpr.gateway.domain.ChatUpdate;
import com.telekpr.gateway.domain.Facts;
import com.telekpr.gateway.domain.Lookup;
import com.telekpr.gateway.domain.Request;
import com.telekpr.gateway.domain.Turn;
import com.telekpr.gateway.domain.flow.Bot;
import com.telekpr.gateway.domain.flow.FrontDesk;
import com.telekpr.gateway.domain.screen.BotTexts;
import com.telekpr.gateway.domain.screen.Reply;
import com.telekpr.gateway.store.UserEntity;
import com.telekpr.gateway.store.UserRepository;
import com.telekpr.outbox.Inbox;
import com.telekpr.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One Telegram update, once. First the user is recognised (created on first contact), their conversation
 * read, and what the bot must know looked up over REST; then, in one transaction with the update's id,
 * the turn is decided, the conversation saved with its next version, and the replies (as commands to
 * notification-service) and the commands to the owning services put in the outbox. A redelivered update
 * changes nothing; a crash leaves all of it or none; a turn saved meanwhile by another instance makes
 * the update be decided again.
 */
@ApplicationScoped
public class UpdateHandling {
    static final String TYPE = "TelegramUpdate";
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(UpdateHandling.class);

    private final Inbox inbox;
    private final Outbox outbox;
    private final UserAccounts accounts;
    private final UserRepository users;
    private final Conversations conversations;
    private final OtherServices lookups;

    UpdateHandling(Inbox inbox, Outbox outbox, UserAccounts accounts, UserRepository users,
                   Conversations conversations, OtherServices lookups) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.accounts = accounts;
        this.users = users;
        this.conversations = conversations;
        this.lookups = lookups;
    }

    /** The id an update is remembered by, and the correlation id of everything it causes. */
    public static UUID idOf(long updateId) {
        return UUID.nameUUIDFromBytes(("telegram-update:" + updateId).getBytes(StandardCharsets.UTF_8));
    }

    /** Handles {@code update} (retried on failure); false if it was handled before. */
    public Uni<Boolean> handle(ChatUpdate update) {
        UUID id = idOf(update.updateId());
        var lookedUp = new AtomicReference<LookedUp>();
        return inbox.retrying(() -> inbox.seen(id).chain(seen -> seen ? Uni.createFrom().item(false)
                : attempt(update, id, lookedUp)));
    }

    /**
     * The answers of one attempt's lookups, kept so a retry of the same update reuses them instead of making a
     * {@link Lookup.Move} (an operator's change in order-service) a second time.
     */
    private record LookedUp(List<Lookup> lookups, Facts facts) {
    }

    private Uni<Facts> lookUp(List<Lookup> lookups, UUID userId, UUID updateId, AtomicReference<LookedUp> before) {
        LookedUp earlier = before.get();
        if (earlier != null && earlier.lookups().equals(lookups)) {
            return Uni.createFrom().item(earlier.facts());
        }
        return this.lookups.perform(lookups, userId, updateId).invoke(facts -> before.set(new LookedUp(lookups, facts)));
    }

    private Uni<Boolean> attempt(ChatUpdate update, UUID id, AtomicReference<LookedUp> lookedUp) {
        return Panache.withTransaction(() -> accounts.recognise(update, id)).chain(recognised ->
                conversations.read(update.chatId()).chain(standing -> {
                    UserEntity user = recognised.user();
                    var request = new Request(update, standing.conversation(), visitor(update, recognised),
                            standing.expired(), LocalDate.now(ZoneOffset.UTC));
                    return lookUp(Bot.needs(request), user.id, id, lookedUp).chain(facts -> inbox.processOnce(id, TYPE,
                            () -> commit(request, decide(request, facts), user.id, id)));
                }));
    }

    private Uni<Void> commit(Request request, Turn turn, UUID userId, UUID id) {
        return users.lock(userId).chain(user -> {
            if (user.suspended && user.suspensionToldAt == null) {
                user.suspensionToldAt = Instant.now();
            }
            // a turn that changes nothing and sends no new step buttons keeps the version, so the buttons of
            // the user's latest wizard message stay live after, say, /help or a stale tap
            boolean changed = !turn.next().equals(request.conversation())
                    || turn.carriesStepButtons(request.nextVersion());
            return changed ? conversations.save(request.update().chatId(), userId, request.conversation(), turn.next())
                    : Uni.createFrom().voidItem();
        }).chain(() -> outbox.appendInChain(id, userId, userId.toString(), messages(turn, request.update().chatId())));
    }

    /** The flow's answer; a bug in a flow becomes an apology to the user, not a silent dead letter. */
    private static Turn decide(Request request, Facts facts) {
        try {
            return Bot.decide(request, facts);
        } catch (RuntimeException bug) {
            LOG.errorf(bug, "update %d could not be decided", request.update().updateId());
            return Bot.apologise(request);
        }
    }

    private static FrontDesk.Visitor visitor(ChatUpdate update, UserAccounts.Recognised recognised) {
        UserEntity user = recognised.user();
        String first = update.from().firstName();
        String name = first == null || first.isBlank() ? update.from().fullName() : first.strip();
        return new FrontDesk.Visitor(name, recognised.newcomer(), user.operator || user.admin, user.suspended,
                user.suspensionToldAt != null, BotTexts.forLanguage(user.language));
    }

    private static List<Message> messages(Turn turn, long chatId) {
        List<Message> messages = new ArrayList<>();
        for (Reply reply : turn.replies()) {
            if (reply instanceof Reply.ButtonAnswer answer) {
                messages.add(new AnswerCallback(answer.callbackQueryId(), answer.text(), false));
            } else {
                var message = (Reply.Message) reply;
                messages.add(new SendMessage(chatId, message.text(), message.keyboard()));
            }
        }
        messages.addAll(turn.commands());
        return messages;
    }
}
