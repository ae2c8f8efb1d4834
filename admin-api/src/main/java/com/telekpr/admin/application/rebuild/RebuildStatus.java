package com.telekpr.admin.application.rebuild;

import com.telekpr.admin.application.port.EventHistory;
import com.telekpr.admin.application.port.EventHistory.TopicProgress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the rebuild of the read models stands (as the replica running it knows). */
public record RebuildStatus(
        @Schema(description = "idle (never run here), replaying, locking (waiting for live projections in flight),"
                + " swapping (catching up under the lock), done or failed")
        String state,
        Instant startedAt,
        Instant finishedAt,
        @Schema(description = "Events applied to the fresh copy so far") long eventsReplayed,
        @Schema(description = "eventsReplayed ÷ seconds since the start") double eventsPerSecond,
        @Schema(description = "Messages in the history that were no envelope, skipped") long unreadable,
        @Schema(description = "Events no projection could take (live consumption dead-lettered them), skipped")
        long skipped,
        @Schema(description = "Per topic: offsets reached and the end to reach, summed over partitions")
        List<TopicProgress> topics,
        String error) {

    static final String REPLAYING = "replaying";
    static final String LOCKING = "locking";
    static final String SWAPPING = "swapping";
    static final String DONE = "done";
    static final String FAILED = "failed";

    static RebuildStatus idle() {
        return new RebuildStatus("idle", null, null, 0, 0, 0, 0, List.of(), null);
    }

    static RebuildStatus started(Instant at) {
        return new RebuildStatus(REPLAYING, at, null, 0, 0, 0, 0, List.of(), null);
    }

    public boolean running() {
        return List.of(REPLAYING, LOCKING, SWAPPING).contains(state);
    }

    RebuildStatus in(String next) {
        return new RebuildStatus(next, startedAt, finishedAt, eventsReplayed, eventsPerSecond, unreadable, skipped, topics,
                error);
    }

    /** This status with the live figures of a reading in progress (none: as it is). */
    RebuildStatus with(EventHistory.Reading reading, long replayed, long skippedNow) {
        if (reading == null) {
            return this;
        }
        double seconds = Math.max(1e-3, Duration.between(startedAt, Instant.now()).toNanos() / 1e9);
        return new RebuildStatus(state, startedAt, finishedAt, replayed, replayed / seconds, reading.unreadable(),
                skippedNow, reading.progress(), error);
    }

    RebuildStatus finished(String last, Instant at, String failure) {
        return new RebuildStatus(last, startedAt, at, eventsReplayed, eventsPerSecond, unreadable, skipped, topics, failure);
    }
}
