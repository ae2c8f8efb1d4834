package com.telekpr.admin.application;

import com.telekpr.admin.application.port.EventHistory.TopicProgress;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the rebuild of the read models stands (on the replica running it). */
public record RebuildStatus(
        @Schema(description = "idle (never run here), replaying, swapping (catching up under the lock), done, failed")
        String state,
        Instant startedAt,
        Instant finishedAt,
        @Schema(description = "Events applied to the fresh copy so far") long eventsReplayed,
        @Schema(description = "eventsReplayed ÷ seconds since the start") double eventsPerSecond,
        @Schema(description = "Messages in the history that were no envelope, skipped") long unreadable,
        @Schema(description = "Per topic: offsets reached and the end to reach, summed over partitions")
        List<TopicProgress> topics,
        String error) {

    static RebuildStatus idle() {
        return new RebuildStatus("idle", null, null, 0, 0, 0, List.of(), null);
    }

    public boolean running() {
        return "replaying".equals(state) || "swapping".equals(state);
    }
}
