package com.telekpr.testkit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The load shape of the service benchmarks: a burst, as fast as four senders go, for throughput; then
 * a steady rate well under capacity, for latency that is the pipeline's and not a queue's.
 */
public final class BurstThenPaced {
    private static final Duration WAIT = Duration.ofMinutes(10);

    /** Sends request {@code index}: calls {@code meter.sent(id)} just before putting it on its topic. */
    @FunctionalInterface
    public interface Request {
        void send(int index, RoundTripMeter meter);
    }

    public record Result(int burst, double burstPerSecond, int paced, int pacedPerSecond, List<Double> latencies) {
        public void print(String title, String unit, String roundTrip) {
            System.out.printf("%n%s%n", title);
            System.out.printf("  burst of %d: %,.0f %s%n", burst, burstPerSecond, unit);
            System.out.printf("  %d at %d/s: %s p50 %.1f ms, p99 %.1f ms, max %.1f ms%n%n", paced, pacedPerSecond,
                    roundTrip, RoundTripMeter.percentile(latencies, 50), RoundTripMeter.percentile(latencies, 99),
                    latencies.get(latencies.size() - 1));
        }
    }

    private BurstThenPaced() {
    }

    public static Result run(RoundTripMeter meter, int burst, int paced, int perSecond, Request request)
            throws InterruptedException {
        long start = System.nanoTime();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        for (int i = 0; i < burst; i++) {
            int index = i;
            senders.submit(() -> request.send(index, meter));
        }
        senders.shutdown();
        senders.awaitTermination(WAIT.toMinutes(), TimeUnit.MINUTES);
        double burstRate = burst / ((meter.awaitAllAnswered(WAIT) - start) / 1e9);

        meter.reset();
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        for (int i = 0; i < paced; i++) {
            int index = burst + i;
            pacer.schedule(() -> request.send(index, meter), i * 1_000_000L / perSecond, TimeUnit.MICROSECONDS);
        }
        pacer.shutdown();
        pacer.awaitTermination(WAIT.toMinutes(), TimeUnit.MINUTES);
        meter.awaitAllAnswered(WAIT);
        return new Result(burst, burstRate, paced, perSecond, meter.latenciesMillis());
    }
}
