package com.telekpr.wallet.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The ledger invariant of one account: walking its entries in order, each {@code balance_after} is the
 * running sum, no running sum is negative, and the account's balance is the final sum.
 */
public final class LedgerAudit {
    private LedgerAudit() {
    }

    /** One entry as the audit needs it. */
    public record Line(int amount, int balanceAfter) {
    }

    /** The problems found; empty when the account is consistent. */
    public static List<String> problems(int balance, List<Line> lines) {
        List<String> problems = new ArrayList<>();
        int running = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            running += line.amount();
            if (line.balanceAfter() != running) {
                problems.add("entry " + (i + 1) + " says balance_after " + line.balanceAfter()
                        + " but the entries up to it sum to " + running);
            }
            if (running < 0) {
                problems.add("entry " + (i + 1) + " takes the balance below zero (" + running + ")");
            }
        }
        if (balance != running) {
            problems.add("the balance is " + balance + " but the entries sum to " + running);
        }
        return problems;
    }
}
