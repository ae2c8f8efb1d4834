package com.telekpr.order.messaging;

import com.telekpr.events.OrderCommand.CancelOrder;
import com.telekpr.events.OrderCommand.PlaceOrder;
import com.telekpr.events.OrderCommand.RegisterCustomer;
import com.telekpr.events.OrderCommand.RerunOrder;
import com.telekpr.events.OrderCommand.UpdateCustomer;
import com.telekpr.order.application.CustomerRegistration;
import com.telekpr.order.application.OrderOperations;
import com.telekpr.order.application.OrderPlacing;
import com.telekpr.order.application.OrderRerunning;
import com.telekpr.outbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

@ApplicationScoped
public class OrderCommandsConsumer {
    private final Inbox inbox;
    private final CustomerRegistration customers;
    private final OrderPlacing placing;
    private final OrderOperations operations;
    private final OrderRerunning rerunning;

    OrderCommandsConsumer(Inbox inbox, CustomerRegistration customers, OrderPlacing placing,
                          OrderOperations operations, OrderRerunning rerunning) {
        this.rerunning = rerunning;
        this.inbox = inbox;
        this.customers = customers;
        this.placing = placing;
        this.operations = operations;
    }

    @Incoming("order-commands")
    public Uni<Void> onCommand(Message<String> message) {
        return inbox.consume(message, envelope -> {
            var command = envelope.data();
            if (command instanceof RegisterCustomer register) {
                return customers.register(envelope, register);
            }
            if (command instanceof UpdateCustomer update) {
                return customers.update(envelope, update);
            }
            if (command instanceof PlaceOrder place) {
                return placing.place(envelope, place);
            }
            if (command instanceof CancelOrder cancel) {
                return operations.cancelByUser(envelope, cancel);
            }
            if (command instanceof RerunOrder rerun) {
                return rerunning.rerun(envelope, rerun);
            }
            return Uni.createFrom().voidItem();
        });
    }
}
