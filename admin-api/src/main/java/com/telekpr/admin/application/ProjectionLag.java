package com.telekpr.admin.application;

import com.telekpr.events.Envelope;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How fresh the read models are: the delay from an event's time to its projection, as the Prometheus
 * histogram telekpr_admin_projection_lag_seconds, and the latest one for /stats.
 */
@ApplicationScoped
public class ProjectionLag {
    private final DistributionSummary delays;
    private final AtomicReference<Double> latest = new AtomicReference<>();

    ProjectionLag(MeterRegistry registry) {
        this.delays = DistributionSummary.builder("telekpr.admin.projection.lag").baseUnit("seconds")
                .description("Delay from an event's time to its projection into admin's read models")
                .publishPercentileHistogram().minimumExpectedValue(0.001).maximumExpectedValue(3600.0)
                .register(registry);
    }

    void observe(Envelope envelope) {
        Instant now = Instant.now();
        double seconds = Math.max(0, Duration.between(envelope.time(), now).toNanos() / 1e9);
        delays.record(seconds);
        latest.set(seconds);
    }

    /** The latest event's delay in seconds, or null before the first. */
    public Double latestSeconds() {
        return latest.get();
    }
}
