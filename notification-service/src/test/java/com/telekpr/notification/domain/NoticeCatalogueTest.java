package com.telekpr.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.AccountEvent.TokensDebited;
import com.telekpr.events.CatalogueEvent.CatalogueChanged;
import com.telekpr.events.OrderEvent.OrderQueued;
import com.telekpr.events.OrderEvent.OrderRejected;
import com.telekpr.events.OrderEvent.OrderStatusChanged;
import com.telekpr.events.PaymentEvent.PaymentLinkCreated;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NoticeCatalogueTest {
    private static final UUID ORDER = UUID.fromString("3f2a9c1d-0000-4000-8000-000000000001");

    @Test
    void bothLanguagesHaveEveryText() {
        assertEquals(Texts.forLanguage("en").keys(), Texts.forLanguage("es").keys());
    }

    @Test
    void theLanguageComesFromTelegramsCodeWithEnglishAsFallback() {
        assertEquals("es", Texts.forLanguage("es-MX").language());
        assertEquals("en", Texts.forLanguage("de").language());
        assertEquals("en", Texts.forLanguage(null).language());
    }

    @Test
    void aQueuedOrderSaysNumberPackageCostPositionAndBalance() {
        var notice = NoticeCatalogue.noticeFor(new OrderQueued(ORDER, 3, true, "SITES_100", "100 sites", 1500, 8500),
                Texts.forLanguage("en")).orElseThrow();
        assertEquals("🧾 Order #3F2A9C1D is in the queue.\nPackage: 100 sites\nCost: 1,500 tokens\n"
                + "Queue position: 3 (priority)\nBalance: 8,500 tokens", notice.text());
        assertEquals(NoticeCatalogue.MY_ORDERS, notice.keyboard().get(0).get(0).callbackData());
    }

    @Test
    void aQueuedOrderOfVersion1NamesItsPackageByTheCodeItCarries() {
        var notice = NoticeCatalogue.noticeFor(new OrderQueued(ORDER, 3, false, "SITES_100", null, 100, 900),
                Texts.forLanguage("en")).orElseThrow();
        assertTrue(notice.text().contains("\nPackage: SITES_100\n"), notice.text());
    }

    @Test
    void theCatalogueTellsNoOne() {
        assertTrue(NoticeCatalogue.noticeFor(new CatalogueChanged(List.of()), Texts.forLanguage("en")).isEmpty());
    }

    @Test
    void aRefusalSaysHowManyTokensAreMissingAndOffersToBuy() {
        var notice = NoticeCatalogue.noticeFor(new OrderRejected(ORDER, "INSUFFICIENT_BALANCE", 20, 100),
                Texts.forLanguage("es")).orElseThrow();
        assertTrue(notice.text().contains("Te faltan 80 tokens"), notice.text());
        assertEquals("💰 Comprar tokens", notice.keyboard().get(0).get(0).text());
        assertEquals(NoticeCatalogue.BUY_TOKENS, notice.keyboard().get(0).get(0).callbackData());
    }

    @Test
    void aPaymentLinkIsAUrlButton() {
        var notice = NoticeCatalogue.noticeFor(new PaymentLinkCreated(UUID.randomUUID(), "1", "https://pay.example/1",
                Instant.parse("2026-11-24T10:15:00Z"), 500, new BigDecimal("50.00")), Texts.forLanguage("en")).orElseThrow();
        assertEquals("💳 Pay 50.00 USD for 500 tokens.\nThe link is valid until 2026-11-24 10:15 UTC.", notice.text());
        assertEquals("https://pay.example/1", notice.keyboard().get(0).get(0).url());
    }

    @Test
    void factsToldByAnotherEventStaySilent() {
        var texts = Texts.forLanguage("en");
        assertTrue(NoticeCatalogue.noticeFor(new TokensDebited(ORDER, 10, 90), texts).isEmpty());
        assertTrue(NoticeCatalogue.noticeFor(new OrderStatusChanged(ORDER, "processing", "cancelled", null, null, null), texts)
                .isEmpty());
        assertEquals("📦 Order #3F2A9C1D: pending → processing\nNote: started", NoticeCatalogue.noticeFor(
                new OrderStatusChanged(ORDER, "pending", "processing", null, "staff only", "started"), texts)
                .orElseThrow().text());
        assertEquals("📦 Order #3F2A9C1D: pending → processing", NoticeCatalogue.noticeFor(
                new OrderStatusChanged(ORDER, "pending", "processing", null, "staff only", null), texts)
                .orElseThrow().text(), "staff's own note never reaches the customer");
    }
}
