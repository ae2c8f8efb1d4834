package com.telekpr.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class BroadcastTest {

    @Test
    void theTextIsEmojiTitleAndMessage() {
        var broadcast = Broadcast.draft(UUID.randomUUID(), " Maintenance ", "Back at 5.", "🛠", false);
        assertEquals("🛠 Maintenance\n\nBack at 5.", broadcast.text());
        assertEquals("Plain\n\nText", Broadcast.draft(UUID.randomUUID(), "Plain", "Text", null, true).text());
    }

    @Test
    void aMessageOverThreeThousandNineHundredCharactersIsRefusedWithItsLength() {
        Broadcast.draft(UUID.randomUUID(), "t", "m".repeat(3900), "", false);
        var refused = assertThrows(InvalidBroadcastException.class,
                () -> Broadcast.draft(UUID.randomUUID(), "t", "m".repeat(3901), "", false));
        assertEquals("message", refused.field());
        assertTrue(refused.getMessage().contains("3901") && refused.getMessage().contains("3900"), refused.getMessage());
    }

    @Test
    void missingPartsAreNamed() {
        assertEquals("title", assertThrows(InvalidBroadcastException.class,
                () -> Broadcast.draft(UUID.randomUUID(), " ", "m", "", false)).field());
        assertEquals("message", assertThrows(InvalidBroadcastException.class,
                () -> Broadcast.draft(UUID.randomUUID(), "t", null, "", false)).field());
        assertEquals("emoji", assertThrows(InvalidBroadcastException.class,
                () -> Broadcast.draft(UUID.randomUUID(), "t", "m", "x".repeat(17), false)).field());
        assertEquals("message", assertThrows(InvalidBroadcastException.class,
                () -> Broadcast.draft(UUID.randomUUID(), "t", "nul\u0000", "", false)).field(), "Postgres refuses NUL");
    }

    @Test
    void itIsSentOnceAndCancelledOnlyBeforeItEnds() {
        var broadcast = Broadcast.draft(UUID.randomUUID(), "t", "m", "", false);
        broadcast.startSending();
        var again = assertThrows(IllegalTransitionException.class, broadcast::startSending);
        assertTrue(again.getMessage().contains("sending broadcast cannot be sent"), again.getMessage());
        assertTrue(broadcast.finishIfSending());
        assertFalse(broadcast.finishIfSending());
        assertThrows(IllegalTransitionException.class, broadcast::cancel);
        var draft = Broadcast.draft(UUID.randomUUID(), "t", "m", "", false);
        draft.cancel();
        assertEquals(BroadcastStatus.CANCELLED, draft.status());
    }

    @Test
    void theSuccessRateCountsWhatWasTried() {
        var report = new BroadcastReport(90, 5, 5, 0, 10);
        assertEquals(110, report.recipients());
        assertEquals(90.0, report.successRate());
        assertEquals(0, new BroadcastReport(0, 0, 0, 0, 3).successRate());
    }

    @Test
    void retriesBackOffExponentiallyUpToACap() {
        var policy = new RetryPolicy(java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(60), 10);
        assertEquals(1, policy.backoffAfter(1).toSeconds());
        assertEquals(2, policy.backoffAfter(2).toSeconds());
        assertEquals(16, policy.backoffAfter(5).toSeconds());
        assertEquals(60, policy.backoffAfter(9).toSeconds());
        assertFalse(policy.givesUpAfter(9));
        assertTrue(policy.givesUpAfter(10));
    }
}
