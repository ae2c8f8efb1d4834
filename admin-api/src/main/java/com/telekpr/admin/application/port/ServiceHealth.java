package com.telekpr.admin.application.port;

import java.util.List;

/** How one service is doing, as its own /q/health/ready and /q/metrics tell it. */
public record ServiceHealth(String name, boolean ready, double outboxBacklog, double outboxOldestSeconds,
                            double deadLettered, double telegram429) {

    /** The whole suite: each service, and whether all are ready. */
    public record Suite(boolean allReady, List<ServiceHealth> services) {
    }
}
