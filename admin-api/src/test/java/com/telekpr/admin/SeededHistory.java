package com.telekpr.admin;

import com.telekpr.events.AccountEvent.BalanceAdjusted;
import com.telekpr.events.AccountEvent.TokenDebitRejected;
import com.telekpr.events.AccountEvent.TokensCredited;
import com.telekpr.events.AccountEvent.TokensDebited;
import com.telekpr.events.AccountEvent.TokensRefunded;
import com.telekpr.events.CatalogueEvent.CatalogueChanged;
import com.telekpr.events.CataloguePackage;
import com.telekpr.events.CustomerDetails;
import com.telekpr.events.CustomerEvent.CustomerDeleted;
import com.telekpr.events.CustomerEvent.CustomerRegistered;
import com.telekpr.events.CustomerEvent.CustomerUpdated;
import com.telekpr.events.DeliveryEvent.BroadcastProgress;
import com.telekpr.events.OrderEvent.OrderAssigned;
import com.telekpr.events.OrderEvent.OrderCancelled;
import com.telekpr.events.OrderEvent.OrderPlaced;
import com.telekpr.events.OrderEvent.OrderQueued;
import com.telekpr.events.OrderEvent.OrderRejected;
import com.telekpr.events.OrderEvent.OrderStatusChanged;
import com.telekpr.events.PaymentEvent.PaymentConfirmed;
import com.telekpr.events.PaymentEvent.PaymentExpired;
import com.telekpr.events.PaymentEvent.PaymentFailed;
import com.telekpr.events.PaymentEvent.PaymentLinkCreated;
import com.telekpr.events.SubscriptionEvent.SubscriptionActivated;
import com.telekpr.events.SubscriptionEvent.SubscriptionExpired;
import com.telekpr.events.UserEvent.UserActive;
import com.telekpr.events.UserEvent.UserRegistered;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * A small business history written by hand, around Europe/Berlin's change back from summer time
 * (2026-10-25 01:00 UTC: that local day lasts 25 hours). The figures the tests expect are worked out
 * in comments next to them, from these events alone.
 *
 * <p>Users: u1 (operator, 10-20), u2 (10-24 22:30Z = Berlin 10-25), u3 (10-25 23:30Z = Berlin 10-26), u4 (11-02).
 * Orders: o1 completed, o7 completed, o2 cancelled after the debit, o3 processing, o4 rejected, o5 awaiting
 * tokens, o6 pending. Payments: p1 $25 and p2 $50 in October, p3 expired, p4 failed, p5 $10 a minute ago.
 */
public final class SeededHistory {
    public final UUID u1 = UUID.randomUUID();
    public final UUID u2 = UUID.randomUUID();
    public final UUID u3 = UUID.randomUUID();
    public final UUID u4 = UUID.randomUUID();
    public final UUID c2 = UUID.randomUUID();
    public final UUID c3 = UUID.randomUUID();
    public final UUID c4 = UUID.randomUUID();
    public final UUID o1 = UUID.randomUUID();
    public final UUID o2 = UUID.randomUUID();
    public final UUID o3 = UUID.randomUUID();
    public final UUID o4 = UUID.randomUUID();
    public final UUID o5 = UUID.randomUUID();
    public final UUID o6 = UUID.randomUUID();
    public final UUID o7 = UUID.randomUUID();
    public final UUID p5 = UUID.randomUUID();
    public final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private final LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();

    public List<com.telekpr.events.Envelope> envelopes() {
        var h = new History();
        h.at("2026-10-01T00:00:00Z", null, "catalogue", new CatalogueChanged(List.of(
                new CataloguePackage("SITES_50", "50 sites", 50, 50, 40, true),
                new CataloguePackage("SITES_100", "100 sites", 100, 100, 80, true),
                new CataloguePackage("SITES_250", "250 sites", 250, 200, 160, true))));
        users(h);
        customers(h);
        payments(h);
        orders(h);
        h.at("2026-11-10T10:00:00Z", null, "broadcast", new BroadcastProgress(UUID.randomUUID(), "completed", 3, 1, 0, 0, 0));
        return h.envelopes();
    }

    private void users(History h) {
        h.at("2026-10-20T10:00:00Z", u1, "user", new UserRegistered(101, 101, "op", "Olga Operator", "en", false, true));
        h.at("2026-10-24T22:30:00Z", u2, "user", new UserRegistered(102, 102, "anna", "Anna A", "en", false, false));
        h.at("2026-10-25T23:30:00Z", u3, "user", new UserRegistered(103, 103, "ben", "Ben B", "de", false, false));
        h.at("2026-11-02T09:00:00Z", u4, "user", new UserRegistered(104, 104, "cara", "Cara C", "es", false, false));
        // activity in the charts' range: u2 twice on Berlin's 10-25 (UTC 10-24 and 10-25), u3 on 10-26
        h.at("2026-10-24T22:15:00Z", u2, "user", new UserActive(LocalDate.parse("2026-10-24")));
        h.at("2026-10-25T08:00:00Z", u2, "user", new UserActive(LocalDate.parse("2026-10-25")));
        h.at("2026-10-26T10:00:00Z", u3, "user", new UserActive(LocalDate.parse("2026-10-26")));
        // the last 30 days: u1 two days ago, u2 29 days ago (in), u3 30 days ago (out), u4 today
        active(h, u1, 2);
        active(h, u2, 29);
        active(h, u3, 30);
        active(h, u4, 0);
    }

    private void active(History h, UUID user, int daysAgo) {
        LocalDate day = today.minusDays(daysAgo);
        h.at(day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(60), user, "user", new UserActive(day));
    }

    private void customers(History h) {
        h.at("2026-10-24T22:40:00Z", u2, "profile", new CustomerRegistered(c2, details("Anna", "anna@example.com")));
        h.at("2026-10-25T23:40:00Z", u3, "profile", new CustomerRegistered(c3, details("Ben", "ben@example.com")));
        h.at("2026-10-26T09:00:00Z", u3, "profile", new CustomerUpdated(c3, details("Ben", "ben@new.example.com")));
        h.at("2026-11-02T09:10:00Z", u4, "profile", new CustomerRegistered(c4, details("=HYPERLINK(\"x\")", "c@example.com")));
        h.at("2026-11-06T09:10:00Z", u4, "profile", new CustomerDeleted(c4));
    }

    static CustomerDetails details(String firstName, String email) {
        return new CustomerDetails(firstName, null, "Tester", email, "+15550100", "female", LocalDate.parse("1990-01-01"),
                "1 Main St", null, "Springfield", "IL", "62701", "US", null, null);
    }

    private void payments(History h) {
        UUID p1 = UUID.randomUUID();
        UUID p2 = UUID.randomUUID();
        UUID p3 = UUID.randomUUID();
        h.at("2026-10-24T23:00:00Z", u2, "payment", new PaymentLinkCreated(p1, "T1", "https://pay/1", Instant.parse("2026-10-25T00:00:00Z"), 250, new BigDecimal("25.00")));
        h.at("2026-10-24T23:10:00Z", u2, "payment", new PaymentConfirmed(p1, "T1", 250, new BigDecimal("25.00")));
        h.at("2026-10-24T23:10:01Z", u2, "account", new TokensCredited(p1, 250, 250));
        h.at("2026-10-25T09:00:00Z", u3, "payment", new PaymentLinkCreated(p2, "T2", "https://pay/2", Instant.parse("2026-10-25T10:00:00Z"), 500, new BigDecimal("50.00")));
        h.at("2026-10-25T09:05:00Z", u3, "payment", new PaymentConfirmed(p2, "T2", 500, new BigDecimal("50.00")));
        h.at("2026-10-25T09:05:01Z", u3, "account", new TokensCredited(p2, 500, 500));
        h.at("2026-11-02T10:00:00Z", u4, "payment", new PaymentLinkCreated(p3, "T3", "https://pay/3", Instant.parse("2026-11-02T11:00:00Z"), 100, new BigDecimal("10.00")));
        h.at("2026-11-02T11:00:00Z", u4, "payment", new PaymentExpired(p3, "T3"));
        h.at("2026-11-02T12:00:00Z", u4, "payment", new PaymentFailed(UUID.randomUUID(), "OxaPay refused"));
        h.at(now.minusSeconds(120), u4, "payment", new PaymentLinkCreated(p5, "T5", "https://pay/5", now.plusSeconds(3600), 100, new BigDecimal("10.00")));
        h.at(now.minusSeconds(60), u4, "payment", new PaymentConfirmed(p5, "T5", 100, new BigDecimal("10.00")));
        h.at(now.minusSeconds(59), u4, "account", new TokensCredited(p5, 100, 100));
        UUID s3 = UUID.randomUUID();
        h.at("2026-10-26T12:00:00Z", u3, "subscription", new SubscriptionActivated(s3, "premium", Instant.parse("2026-11-25T12:00:00Z"), 300, 200));
        h.at("2026-11-25T12:00:05Z", u3, "subscription", new SubscriptionExpired(s3, Instant.parse("2026-11-25T12:00:05Z")));
        h.at("2026-11-03T10:00:00Z", u4, "subscription", new SubscriptionActivated(UUID.randomUUID(), "premium", now.plus(10, ChronoUnit.DAYS), 300, 0));
        h.at("2026-11-07T10:00:00Z", u3, "account", new BalanceAdjusted(10, 510, "goodwill", u1));
    }

    private void orders(History h) {
        // o1: u2, 100 tokens; queued 08:00:01, processing 09:00, assigned 09:30, completed 10:00 (UTC 10-25)
        placed(h, "2026-10-25T08:00:00Z", u2, c2, o1, "SITES_100", 100, false);
        queued(h, "2026-10-25T08:00:01Z", u2, o1, 1, "SITES_100", 100, 150);
        moved(h, "2026-10-25T09:00:00Z", u2, o1, "pending", "processing");
        h.at("2026-10-25T09:30:00Z", u2, "order", new OrderAssigned(o1, u1));
        moved(h, "2026-10-25T09:30:00Z", u2, o1, "processing", "assigned");
        moved(h, "2026-10-25T10:00:00Z", u2, o1, "assigned", "completed");
        // o7: u2, 100 tokens; queued 08:00:01, processing 08:30:01, completed 09:00:01
        placed(h, "2026-10-26T08:00:00Z", u2, c2, o7, "SITES_100", 100, false);
        queued(h, "2026-10-26T08:00:01Z", u2, o7, 1, "SITES_100", 100, 50);
        moved(h, "2026-10-26T08:30:01Z", u2, o7, "pending", "processing");
        h.at("2026-10-26T08:40:00Z", u2, "order", new OrderAssigned(o7, u1));
        moved(h, "2026-10-26T08:40:00Z", u2, o7, "processing", "assigned");
        moved(h, "2026-10-26T09:00:01Z", u2, o7, "assigned", "completed");
        // o2: u3, 200 tokens; cancelled while pending, refunded
        placed(h, "2026-10-26T10:00:00Z", u3, c3, o2, "SITES_250", 200, false);
        queued(h, "2026-10-26T10:00:01Z", u3, o2, 1, "SITES_250", 200, 300);
        moved(h, "2026-10-26T11:00:00Z", u3, o2, "pending", "cancelled");
        h.at("2026-10-26T11:00:00Z", u3, "order", new OrderCancelled(o2, "pending", u1, "customer asked"));
        h.at("2026-10-26T11:00:01Z", u3, "account", new TokensRefunded(o2, 200, 500));
        // o3: u2's rerun of o1; queued 12:00:01, processing 13:30:01 (waited 5400 s)
        placed(h, "2026-11-02T12:00:00Z", u2, c2, o3, "SITES_100", 100, true);
        queued(h, "2026-11-02T12:00:01Z", u2, o3, 1, "SITES_100", 100, 50);
        moved(h, "2026-11-02T13:30:01Z", u2, o3, "pending", "processing");
        // o4: u3, rejected for want of tokens
        placed(h, "2026-11-03T08:00:00Z", u3, c3, o4, "SITES_250", 2000, false);
        h.at("2026-11-03T08:00:01Z", u3, "account", new TokenDebitRejected(o4, "INSUFFICIENT_BALANCE", 500, 2000));
        h.at("2026-11-03T08:00:02Z", u3, "order", new OrderRejected(o4, "INSUFFICIENT_BALANCE", 500, 2000));
        // o5: u4, still awaiting tokens; o6: u4, pending at position 1
        placed(h, "2026-11-04T08:00:00Z", u4, c4, o5, "SITES_50", 50, false);
        placed(h, "2026-11-05T09:00:00Z", u4, c4, o6, "SITES_50", 50, false);
        queued(h, "2026-11-05T09:00:01Z", u4, o6, 1, "SITES_50", 50, 50);
    }

    private static void placed(History h, String at, UUID user, UUID profile, UUID order, String code, int cost, boolean rerun) {
        h.at(at, user, "order", new OrderPlaced(order, profile, code, null, Integer.parseInt(code.substring(6)), false,
                cost, false, rerun));
    }

    private static void queued(History h, String at, UUID user, UUID order, int position, String code, int cost, int balance) {
        h.at(Instant.parse(at).minusMillis(500), user, "account", new TokensDebited(order, cost, balance));
        h.at(at, user, "order", new OrderQueued(order, position, false, code, null, cost, balance));
    }

    private static void moved(History h, String at, UUID user, UUID order, String from, String to) {
        h.at(at, user, "order", new OrderStatusChanged(order, from, to, null, null, null));
    }
}
