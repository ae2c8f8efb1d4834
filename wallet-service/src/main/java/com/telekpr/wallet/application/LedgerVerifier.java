package com.telekpr.wallet.application;

import com.telekpr.wallet.domain.LedgerAudit;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Checks the ledger invariant of every account (see {@link LedgerAudit}) and reports the ones that break it. */
@ApplicationScoped
public class LedgerVerifier {

    public record Inconsistency(UUID userId, int balance, List<String> problems) {
    }

    public record Report(boolean consistent, int accountsChecked, int entriesChecked,
                         List<Inconsistency> inconsistent) {
    }

    public Uni<Report> verify() {
        // one consistent snapshot of balances and entries
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("select user_id, balance from token_accounts", Object[].class).getResultList()
                .chain(accounts -> session.createNativeQuery("select user_id, amount, balance_after"
                                + " from token_transactions order by user_id, sequence", Object[].class)
                        .getResultList().map(entries -> audit(accounts, entries)))));
    }

    private static Report audit(List<Object[]> accounts, List<Object[]> entries) {
        Map<UUID, List<LedgerAudit.Line>> lines = new HashMap<>();
        for (Object[] entry : entries) {
            lines.computeIfAbsent((UUID) entry[0], user -> new ArrayList<>())
                    .add(new LedgerAudit.Line(((Number) entry[1]).intValue(), ((Number) entry[2]).intValue()));
        }
        List<Inconsistency> inconsistent = new ArrayList<>();
        for (Object[] account : accounts) {
            UUID user = (UUID) account[0];
            int balance = ((Number) account[1]).intValue();
            var problems = LedgerAudit.problems(balance, lines.getOrDefault(user, List.of()));
            if (!problems.isEmpty()) {
                inconsistent.add(new Inconsistency(user, balance, problems));
            }
        }
        return new Report(inconsistent.isEmpty(), accounts.size(), entries.size(), inconsistent);
    }
}
