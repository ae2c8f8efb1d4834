package com.telekpr.gateway.domain;

import com.telekpr.events.Button;
import com.telekpr.gateway.domain.facts.OrderCard;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * /queue, for operators (PRD §3.4.2): what is waiting; Take next moves the first waiting order to
 * processing; Completed assigns it to the operator and completes it; a note is typed after Add note.
 * order-service checks every move against its status machine and says why it refuses one.
 */
public final class QueueDesk implements Flow {
    static final String FLOW = "queue";
    static final String KIND = "op";
    static final String NOTE = "note";
    static final int SHOWN = 5;

    @Override
    public List<Lookup> needs(Request request) {
        if (!request.visitor().operator()) {
            return List.of();
        }
        Press press = request.press();
        UUID id = press.argAsId();
        if (KIND.equals(press.kind())) {
            return switch (press.action()) {
                case "take" -> List.of(new Lookup.TakeNextOrder());
                case "done" -> id == null ? List.of() : List.of(new Lookup.CompleteOrder(id));
                default -> List.of();
            };
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
        if (!request.visitor().operator()) {
            return Turn.reply(conversation, new Reply.Message(texts.get("queue.operators.only")));
        }
        Press press = request.press();
        if (conversation.in(FLOW) && press.isConversation() && "cancel".equals(press.action())) {
            return Turn.reply(conversation.ended(), new Reply.Message(texts.get("queue.note.cancelled")));
        }
        if (writingNote(request)) {
            var lookup = needs(request).get(0);
            return outcome(request, conversation.ended(), facts, lookup, "queue.noted");
        }
        if (KIND.equals(press.kind()) && "note".equals(press.action()) && press.argAsId() != null) {
            var writing = conversation.start(FLOW, NOTE, Map.of(NOTE, press.arg()));
            return Turn.reply(writing, new Reply.Message(texts.get("queue.note.question"),
                    new Keyboard().row(Press.step(request, texts.get("button.cancel"), "cancel")).build()));
        }
        List<Lookup> lookups = needs(request);
        if (KIND.equals(press.kind()) && !lookups.isEmpty()) {
            return outcome(request, conversation, facts, lookups.get(0),
                    "take".equals(press.action()) ? "queue.taken" : "queue.completed");
        }
        return Turn.reply(conversation, waiting(texts, facts.waiting()));
    }

    private static boolean writingNote(Request request) {
        return request.conversation().in(FLOW) && NOTE.equals(request.conversation().step())
                && !request.update().isButtonPress() && request.update().command() == null;
    }

    private static Turn outcome(Request request, Conversation next, Facts facts, Lookup action, String doneKey) {
        BotTexts texts = request.texts();
        var refusal = facts.refusal(action);
        if (refusal.isPresent() || facts.order(action).isEmpty()) {
            String why = refusal.map(reason -> Facts.NOTHING_WAITING.equals(reason) ? texts.get("queue.empty")
                    : texts.get("queue.refused", reason)).orElse(texts.get("service.unavailable"));
            return Turn.reply(next, new Reply.Message(why, new Keyboard().row(takeNext(texts)).build()));
        }
        OrderCard order = facts.order(action).get();
        String text = texts.get(doneKey, order.reference()) + "\n\n" + texts.get("queue.order", order.productName(),
                order.sitesCount(), texts.get(order.emailConfirmation() ? "yes" : "no"), texts.get("status." + order.status()),
                order.notes() == null ? "—" : order.notes());
        var keyboard = new Keyboard();
        if (!"completed".equals(order.status())) {
            keyboard.row(Press.desk(texts.get("button.completed"), KIND, "done", order.id()),
                    Press.desk(texts.get("button.note"), KIND, "note", order.id()));
        }
        keyboard.row(takeNext(texts));
        return Turn.reply(next, new Reply.Message(text, keyboard.build()));
    }

    private static Reply.Message waiting(BotTexts texts, List<OrderCard> orders) {
        StringBuilder text = new StringBuilder(texts.get(orders.isEmpty() ? "queue.empty" : "queue.title", orders.size()));
        for (OrderCard order : orders.subList(0, Math.min(SHOWN, orders.size()))) {
            text.append("\n• ").append(order.queuePosition()).append(". ").append(order.reference()).append(" — ")
                    .append(order.productName()).append(order.priority() ? " ⭐" : "");
        }
        return new Reply.Message(text.toString(), new Keyboard().row(takeNext(texts)).build());
    }

    private static Button takeNext(BotTexts texts) {
        return Button.callback(texts.get("button.take.next"), KIND + ":take");
    }
}
