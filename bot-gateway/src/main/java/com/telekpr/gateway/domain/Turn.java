package com.telekpr.gateway.domain;

import com.telekpr.events.Command;
import com.telekpr.gateway.domain.screen.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * What one update leads to: the conversation afterwards, the replies to the user, and the commands to
 * the services that own the state (RegisterCustomer, PlaceOrder, ...). The application saves the first
 * and puts the others in the outbox, in one transaction.
 */
public record Turn(Conversation next, List<Reply> replies, List<Command> commands) {

    public Turn {
        replies = List.copyOf(replies);
        commands = List.copyOf(commands);
    }

    public static Turn reply(Conversation next, Reply.Message message) {
        return new Turn(next, List.of(message), List.of());
    }

    public static Turn send(Conversation next, Reply.Message message, Command command) {
        return new Turn(next, List.of(message), List.of(command));
    }

    /** Whether a reply carries conversation buttons made for {@code version} (they must find it saved). */
    public boolean carriesStepButtons(long version) {
        String prefix = "w" + version + ":";
        return replies.stream().filter(Reply.Message.class::isInstance).map(Reply.Message.class::cast)
                .flatMap(message -> message.keyboard().stream()).flatMap(List::stream)
                .anyMatch(button -> button.callbackData() != null && button.callbackData().startsWith(prefix));
    }

    /** The same turn with {@code first} said before its own replies (e.g. the answer to a button press). */
    public Turn after(Reply first) {
        List<Reply> all = new ArrayList<>();
        all.add(first);
        all.addAll(replies);
        return new Turn(next, all, commands);
    }
}
