package com.telekpr.admin.application.port;

import com.telekpr.events.Envelope;
import java.util.List;
import java.util.function.Consumer;

/** The suite's whole event history, every *.events topic from its first offset, for a replay. */
public interface EventHistory {

    Reading open();

    /** Where a replay stands on one topic: the offsets reached and to reach (summed over partitions). */
    record TopicProgress(String topic, long reached, long end, double eventsPerSecond) {
    }

    /** One pass over the history; blocking, for a worker thread; progress may be asked from any thread. */
    interface Reading extends AutoCloseable {
        /** Reads on from where it stands to the topics' ends as they are now, a batch at a time. */
        void readToEnd(Consumer<List<Envelope>> batch);

        List<TopicProgress> progress();

        /** Messages that were no envelope (they went to a dead-letter topic when they were new). */
        long unreadable();

        @Override
        void close();
    }
}
