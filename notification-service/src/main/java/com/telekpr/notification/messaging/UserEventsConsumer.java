package com.telekpr.notification.messaging;

import com.telekpr.notification.dispatch.Dispatcher;
import com.telekpr.notification.application.UserDirectory;
import com.telekpr.outbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Who the users are and where they can be reached; a newly known user may release held notices. */
@ApplicationScoped
public class UserEventsConsumer {
    private final Inbox inbox;
    private final UserDirectory directory;
    private final Dispatcher dispatcher;

    UserEventsConsumer(Inbox inbox, UserDirectory directory, Dispatcher dispatcher) {
        this.inbox = inbox;
        this.directory = directory;
        this.dispatcher = dispatcher;
    }

    @Incoming("user-events")
    public Uni<Void> onUserEvent(Message<String> message) {
        return inbox.consume(message, directory::apply, envelope -> dispatcher.wake());
    }
}
