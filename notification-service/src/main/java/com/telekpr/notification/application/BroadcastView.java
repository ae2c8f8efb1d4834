package com.telekpr.notification.application;

import com.telekpr.notification.application.BroadcastDesk.Standing;
import java.time.Instant;
import java.util.UUID;

/**
 * A broadcast as the API shows it: its words, the exact text recipients read, its status and delivery report.
 * Built here so the api package never sees the entity.
 */
public record BroadcastView(UUID id, String title, String message, String emoji, boolean testMode, String status,
                            String preview, int characters, Instant createdAt, Instant startedAt, Instant finishedAt,
                            Report report, String buttonText, String buttonUrl) {

    public record Report(int recipients, int sent, int failed, int blocked, int cancelled, int pending,
                         double successRate) {
    }

    static BroadcastView of(Standing standing) {
        var row = standing.broadcast();
        var report = standing.report();
        String text = standing.text();
        return new BroadcastView(row.id, row.title, row.message, row.emoji, row.testMode, row.status, text,
                row.message.length(), row.createdAt, row.startedAt, row.finishedAt,
                new Report(report.recipients(), report.sent(), report.failed(), report.blocked(), report.cancelled(),
                        report.pending(), report.successRate()), row.buttonText, row.buttonUrl);
    }
}
