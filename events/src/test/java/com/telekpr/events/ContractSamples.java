package com.telekpr.events;

import com.telekpr.events.AccountEvent.AccountOpened;
import com.telekpr.events.AccountEvent.BalanceAdjusted;
import com.telekpr.events.AccountEvent.BalanceLow;
import com.telekpr.events.AccountEvent.TokenDebitRejected;
import com.telekpr.events.AccountEvent.TokensCredited;
import com.telekpr.events.AccountEvent.TokensDebited;
import com.telekpr.events.AccountEvent.TokensRefunded;
import com.telekpr.events.CatalogueEvent.CatalogueChanged;
import com.telekpr.events.CustomerEvent.CustomerDeleted;
import com.telekpr.events.CustomerEvent.CustomerRegistered;
import com.telekpr.events.CustomerEvent.CustomerRejected;
import com.telekpr.events.CustomerEvent.CustomerUpdated;
import com.telekpr.events.DeliveryEvent.BroadcastProgress;
import com.telekpr.events.DeliveryEvent.MessageDelivered;
import com.telekpr.events.DeliveryEvent.MessageFailed;
import com.telekpr.events.NotificationCommand.AnswerCallback;
import com.telekpr.events.NotificationCommand.EditMessage;
import com.telekpr.events.NotificationCommand.SendDocument;
import com.telekpr.events.NotificationCommand.SendMessage;
import com.telekpr.events.OrderCommand.CancelOrder;
import com.telekpr.events.OrderCommand.PlaceOrder;
import com.telekpr.events.OrderCommand.RegisterCustomer;
import com.telekpr.events.OrderCommand.RerunOrder;
import com.telekpr.events.OrderCommand.UpdateCustomer;
import com.telekpr.events.OrderEvent.OrderAssigned;
import com.telekpr.events.OrderEvent.OrderCancelled;
import com.telekpr.events.OrderEvent.OrderMovedInQueue;
import com.telekpr.events.OrderEvent.OrderPlaced;
import com.telekpr.events.OrderEvent.OrderQueued;
import com.telekpr.events.OrderEvent.OrderRejected;
import com.telekpr.events.OrderEvent.OrderArchived;
import com.telekpr.events.OrderEvent.OrderNoteAdded;
import com.telekpr.events.OrderEvent.OrderStatusChanged;
import com.telekpr.events.PaymentCommand.CreateTokenPurchase;
import com.telekpr.events.PaymentEvent.PaymentConfirmed;
import com.telekpr.events.PaymentEvent.PaymentExpired;
import com.telekpr.events.PaymentEvent.PaymentFailed;
import com.telekpr.events.PaymentEvent.PaymentLinkCreated;
import com.telekpr.events.SubscriptionEvent.SubscriptionActivated;
import com.telekpr.events.SubscriptionEvent.SubscriptionExpired;
import com.telekpr.events.SubscriptionEvent.SubscriptionExpiring;
import com.telekpr.events.SubscriptionEvent.SubscriptionPurchaseRejected;
import com.telekpr.events.UserEvent.UserActive;
import com.telekpr.events.UserEvent.UserBlockedBot;
import com.telekpr.events.UserEvent.UserErased;
import com.telekpr.events.UserEvent.UserRegistered;
import com.telekpr.events.UserEvent.UserUpdated;
import com.telekpr.events.WalletCommand.PurchaseSubscription;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One fixed instance of every message type: what the golden files must keep reading and writing. */
final class ContractSamples {
    static final UUID USER = UUID.fromString("6f1c2a9e-4d3b-4a8e-9b5f-0c7d1e2f3a4b");
    static final UUID ORDER = UUID.fromString("0b8e7c6d-5a4f-4e3d-8c2b-1a0f9e8d7c6b");
    static final UUID PROFILE = UUID.fromString("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f");
    static final UUID PAYMENT = UUID.fromString("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d");
    static final UUID OTHER = UUID.fromString("1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a");
    static final Instant AT = Instant.parse("2026-11-24T10:15:30.123456Z");

    private static final CustomerDetails DETAILS = new CustomerDetails("Sarah", "Jane", "Miller",
            "sarah@example.com", "+14155550123", "female", LocalDate.parse("1990-04-12"), "1 Market St",
            "Apt 5", "San Francisco", "CA", "94105", "USA", "sarah_m", "sarah.miller");
    private static final List<List<Button>> KEYBOARD = List.of(
            List.of(Button.callback("Confirm", "o:c:0b8e7c6d"), Button.link("Pay", "https://pay.example/x")));

    static final List<Message> ALL = List.of(
            new UserRegistered(123456789L, 123456789L, "sarah_m", "Sarah Miller", "en", false, false),
            new UserUpdated("sarah_m", "Sarah Miller", "es", false, true, false),
            new UserBlockedBot(123456789L),
            new UserErased(),
            new UserActive(LocalDate.parse("2026-11-24")),
            new CustomerRegistered(PROFILE, DETAILS),
            new CustomerUpdated(PROFILE, DETAILS),
            new CustomerDeleted(PROFILE),
            new CustomerRejected(PROFILE, List.of("email: must be an email address like name@example.com")),
            new OrderPlaced(ORDER, PROFILE, "SITES_550", "550 sites", 550, true, 380, true, false),
            new OrderQueued(ORDER, 4, true, "SITES_550", "550 sites", 380, 450),
            new OrderMovedInQueue(ORDER, 2),
            new OrderRejected(ORDER, "INSUFFICIENT_BALANCE", 20, 100),
            new OrderStatusChanged(ORDER, "pending", "processing", OTHER, "started", "We are on it"),
            new OrderNoteAdded(ORDER, OTHER, "customer called"),
            new OrderArchived(ORDER, OTHER),
            new OrderAssigned(ORDER, OTHER),
            new OrderCancelled(ORDER, "pending", USER, "changed my mind"),
            new CatalogueChanged(List.of(new CataloguePackage("SITES_550", "550 sites", 550, 550, 350, true),
                    new CataloguePackage("SITES_1500", "1500 sites", 1500, 1550, 1250, false),
                    new CataloguePackage("EMAIL_CONFIRMATION", "Email confirmation", 0, 50, 30, true))),
            new AccountOpened(0),
            new TokensCredited(PAYMENT, 500, 520),
            new TokensDebited(ORDER, 100, 420),
            new TokenDebitRejected(ORDER, "INSUFFICIENT_BALANCE", 20, 100),
            new TokensRefunded(ORDER, 100, 520),
            new BalanceAdjusted(-40, 480, "goodwill correction", OTHER),
            new BalanceLow(45, 50),
            new SubscriptionActivated(OTHER, "premium", AT, 300, 200),
            new SubscriptionPurchaseRejected(OTHER, "premium", "INSUFFICIENT_BALANCE", 120, 300),
            new SubscriptionExpiring(OTHER, AT),
            new SubscriptionExpired(OTHER, AT),
            new PaymentLinkCreated(PAYMENT, "184729301", "https://pay.oxapay.com/184729301", AT, 500,
                    new BigDecimal("50.00")),
            new PaymentConfirmed(PAYMENT, "184729301", 500, new BigDecimal("50.00")),
            new PaymentExpired(PAYMENT, "184729301"),
            new PaymentFailed(PAYMENT, "The payment provider is unavailable, please try again later"),
            new MessageDelivered(OTHER, 123456789L, 42L),
            new MessageFailed(OTHER, 123456789L, "Forbidden: bot was blocked by the user"),
            new BroadcastProgress(OTHER, "sending", 120, 3, 7, 0, 870),
            new RegisterCustomer(PROFILE, DETAILS, null, true),
            new UpdateCustomer(PROFILE, DETAILS),
            new PlaceOrder(ORDER, PROFILE, "SITES_550", true),
            new CancelOrder(ORDER, "changed my mind"),
            new RerunOrder(ORDER, OTHER),
            new PurchaseSubscription(OTHER, "premium"),
            new CreateTokenPurchase(PAYMENT, 500),
            new SendMessage(123456789L, "Your order is queued at position 4.", KEYBOARD),
            new EditMessage(123456789L, 42L, "Order confirmed.", List.of()),
            new AnswerCallback("4382bfdwdsb323b2d9", "Saved", false),
            new SendDocument(123456789L, "orders.csv", "aWQsc3RhdHVzCg==", "Your export"));

    private ContractSamples() {
    }

    /** The sample wrapped in an envelope whose every field is fixed. */
    static Envelope envelope(Message data) {
        var type = MessageTypes.of(data);
        return new Envelope(UUID.nameUUIDFromBytes(type.name().getBytes()), type.name(), "sample-service", AT,
                "subject-1", USER, OTHER, PAYMENT, type.version(), data);
    }
}
