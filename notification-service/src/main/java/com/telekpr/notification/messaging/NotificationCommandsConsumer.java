package com.telekpr.notification.messaging;

import com.telekpr.events.NotificationCommand;
import com.telekpr.notification.application.MessageIntake;
import com.telekpr.notification.dispatch.Dispatcher;
import com.telekpr.notification.domain.MessageStatus;
import com.telekpr.outbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Requests to send, from bot-gateway and admin-api: queued once, then the sender is woken. */
@ApplicationScoped
public class NotificationCommandsConsumer {
    private final Inbox inbox;
    private final MessageIntake intake;
    private final Dispatcher dispatcher;

    NotificationCommandsConsumer(Inbox inbox, MessageIntake intake, Dispatcher dispatcher) {
        this.inbox = inbox;
        this.intake = intake;
        this.dispatcher = dispatcher;
    }

    @Incoming("notification-commands")
    public Uni<Void> onCommand(Message<String> message) {
        return inbox.consume(message,
                envelope -> envelope.data() instanceof NotificationCommand command
                        ? intake.accept(envelope.id(), envelope, command, MessageStatus.QUEUED)
                        : Uni.createFrom().voidItem(),
                envelope -> dispatcher.wake());
    }
}
