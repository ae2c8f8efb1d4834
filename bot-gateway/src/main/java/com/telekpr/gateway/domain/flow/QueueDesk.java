package com.telekpr.gateway.domain.flow;

import com.telekpr.gateway.domain.Conversation;
import com.telekpr.gateway.domain.Facts;
import com.telekpr.gateway.domain.Lookup;
import com.telekpr.gateway.domain.Press;
import com.telekpr.gateway.domain.Request;
import com.telekpr.gateway.domain.Turn;
import com.telekpr.gateway.domain.facts.OrderCard;
import com.telekpr.gateway.domain.screen.BotTexts;
import com.telekpr.gateway.domain.screen.Keyboard;
import com.telekpr.gateway.domain.screen.Reply;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * /queue, for operators (product.md §9.3): what is waiting; Take next moves the first waiting order to
 * processing; Completed assigns it to the operator and completes it; a note is typed after Add note.
 * order-service checks every move against its status machine and says why it refuses one. Take next is a
 * conversation button, so a double tap takes one order, not two.
 */
public final class QueueDesk implements Flow {
    static final String FLOW = "queue";
    static final String KIND = "op";
    static final String VIEW = "view";
    static final String NOTE = "note";
    static final int SHOWN = 5;

    @Override
    public List<Lookup> needs(Request request) {
        if (!request.visitor().operator()) {
            return List.of();
        }
        Press press = request.press();
        UUID id = press.argAsId();
        if (press.isConversation() && "take".equals(press.action())) {
            return List.of(new Lookup.TakeNextOrder());
        }
        if (KIND.equals(press.kind()) && "done".equals(press.action()) && id != null) {
            return List.of(new Lookup.CompleteOrder(id));
        }
        if (KIND.equals(press.kind()) && "note".equals(press.action()) && id != null) {
            return List.of();
        }
        if (writingNote(request)) {
            return List.of(new Lookup.NoteOrder(UUID.fromString(request.conversation().get(NOTE)), request.text()));
        }
        return List.of(new Lookup.Waiting());
    }

    @Override
    public Turn decide(Request request, Facts facts) {
        BotTexts texts = request.texts();
        Conversation conversation = request.conversation();
        Conversation left = conversation.in(FLOW) ? conversation.ended() : conversation;
        if (!request.visitor().operator()) {
            return Turn.reply(left, new Reply.Message(texts.get("queue.operators.only")));
        }
        Press press = request.press();
        if (conversation.in(FLOW) && press.isConversation() && "cancel".equals(press.action())) {
            return Turn.reply(left, new Reply.Message(texts.get("queue.note.cancelled")));
        }
        if (KIND.equals(press.kind()) && "note".equals(press.action()) && press.argAsId() != null) {
            var writing = conversation.start(FLOW, NOTE, Map.of(NOTE, press.arg()));
            return Turn.reply(writing, new Reply.Message(texts.get("queue.note.question"),
                    new Keyboard().row(Press.step(request, texts.get("button.cancel"), "cancel")).build()));
        }
        if (conversation.in(FLOW) && NOTE.equals(conversation.step()) && !request.update().isButtonPress()
                && request.update().command() == null && !request.hasText()) {
            return Turn.reply(conversation, new Reply.Message(texts.get("queue.note.question")));
        }
        if (conversation.in(FLOW) && VIEW.equals(conversation.step()) && !request.update().isButtonPress()
                && request.update().command() == null) {
            return Turn.reply(left, FrontDesk.reply(request.update(), request.visitor()));
        }
        List<Lookup> lookups = needs(request);
        Lookup only = lookups.isEmpty() ? null : lookups.get(0);
        if (only instanceof Lookup.Waiting) {
            return viewing(request, conversation, waiting(texts, facts.waiting()));
        }
        Lookup.Move move = only instanceof Lookup.Move asked ? asked : null;
        String done = move instanceof Lookup.TakeNextOrder ? "queue.taken"
                : move instanceof Lookup.CompleteOrder ? "queue.completed" : "queue.noted";
        return outcome(request, conversation, facts, move, done);
    }

    private static boolean writingNote(Request request) {
        return request.conversation().in(FLOW) && NOTE.equals(request.conversation().step())
                && !request.update().isButtonPress() && request.update().command() == null && request.hasText();
    }

    private static Turn outcome(Request request, Conversation conversation, Facts facts, Lookup.Move move,
                                String doneKey) {
        BotTexts texts = request.texts();
        var refusal = move == null ? java.util.Optional.<String>empty() : facts.refusal(move);
        if (move == null || refusal.isPresent() || facts.order(move).isEmpty()) {
            String why = refusal.map(reason -> Facts.NOTHING_WAITING.equals(reason) ? texts.get("queue.empty")
                    : texts.get("queue.refused", reason)).orElse(texts.get("service.unavailable"));
            return viewing(request, conversation, new Reply.Message(why));
        }
        OrderCard order = facts.order(move).get();
        String text = texts.get(doneKey, order.reference()) + "\n\n" + texts.get("queue.order", order.productName(),
                order.sitesCount(), texts.get(order.emailConfirmation() ? "yes" : "no"), texts.get("status." + order.status()),
                order.notes() == null ? "—" : order.notes());
        var keyboard = new Keyboard();
        if (!"completed".equals(order.status())) {
            keyboard.row(Press.desk(texts.get("button.completed"), KIND, "done", order.id()),
                    Press.desk(texts.get("button.note"), KIND, "note", order.id()));
        }
        return viewing(request, conversation, new Reply.Message(text, keyboard.build()));
    }

    /** {@code message} with a Take next button under it, the queue's conversation at its view. */
    private static Turn viewing(Request request, Conversation conversation, Reply.Message message) {
        var keyboard = new java.util.ArrayList<>(message.keyboard());
        keyboard.add(List.of(Press.step(request, request.texts().get("button.take.next"), "take")));
        return Turn.reply(conversation.start(FLOW, VIEW, Map.of()), new Reply.Message(message.text(), keyboard));
    }

    private static Reply.Message waiting(BotTexts texts, List<OrderCard> orders) {
        StringBuilder text = new StringBuilder(texts.get(orders.isEmpty() ? "queue.empty" : "queue.title", orders.size()));
        for (OrderCard order : orders.subList(0, Math.min(SHOWN, orders.size()))) {
            text.append("\n• ").append(order.queuePosition()).append(". ").append(order.reference()).append(" — ")
                    .append(order.productName()).append(order.priority() ? " ⭐" : "");
        }
        return new Reply.Message(text.toString());
    }
}
