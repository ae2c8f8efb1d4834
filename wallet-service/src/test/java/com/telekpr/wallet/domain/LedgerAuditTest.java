package com.telekpr.wallet.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.wallet.domain.LedgerAudit.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerAuditTest {

    @Test
    void aConsistentLedgerHasNoProblems() {
        assertTrue(LedgerAudit.problems(350, List.of(new Line(500, 500), new Line(-100, 400), new Line(-50, 350)))
                .isEmpty());
        assertTrue(LedgerAudit.problems(0, List.of()).isEmpty());
    }

    @Test
    void aBalanceThatDisagreesWithItsEntriesIsReported() {
        assertEquals(List.of("the balance is 360 but the entries sum to 400"),
                LedgerAudit.problems(360, List.of(new Line(500, 500), new Line(-100, 400))));
    }

    @Test
    void aBrokenChainIsReportedAtTheEntryThatBreaksIt() {
        assertEquals(List.of("entry 2 says balance_after 410 but the entries up to it sum to 400"),
                LedgerAudit.problems(400, List.of(new Line(500, 500), new Line(-100, 410))));
    }

    @Test
    void aRunningSumBelowZeroIsReported() {
        var problems = LedgerAudit.problems(0, List.of(new Line(-10, -10), new Line(10, 0)));
        assertEquals(List.of("entry 1 takes the balance below zero (-10)"), problems);
    }
}
