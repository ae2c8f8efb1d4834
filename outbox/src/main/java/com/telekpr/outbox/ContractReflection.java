package com.telekpr.outbox;

import com.telekpr.events.AccountEvent;
import com.telekpr.events.Button;
import com.telekpr.events.CatalogueEvent;
import com.telekpr.events.CataloguePackage;
import com.telekpr.events.CustomerDetails;
import com.telekpr.events.CustomerEvent;
import com.telekpr.events.DeliveryEvent;
import com.telekpr.events.NotificationCommand;
import com.telekpr.events.OrderCommand;
import com.telekpr.events.OrderEvent;
import com.telekpr.events.PaymentCommand;
import com.telekpr.events.PaymentEvent;
import com.telekpr.events.SubscriptionEvent;
import com.telekpr.events.UserEvent;
import com.telekpr.events.WalletCommand;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The contract's records are read and written by Jackson through reflection, which a native image
 * only allows for registered classes; the events module may not carry Quarkus annotations, so the
 * registration lives here. The records are nested in their sealed families, hence ignoreNested=false.
 */
@RegisterForReflection(ignoreNested = false, targets = {
        UserEvent.class, CustomerEvent.class, OrderEvent.class, CatalogueEvent.class, AccountEvent.class,
        SubscriptionEvent.class, PaymentEvent.class, DeliveryEvent.class, OrderCommand.class, WalletCommand.class,
        PaymentCommand.class, NotificationCommand.class, Button.class, CustomerDetails.class, CataloguePackage.class})
final class ContractReflection {
    private ContractReflection() {
    }
}
