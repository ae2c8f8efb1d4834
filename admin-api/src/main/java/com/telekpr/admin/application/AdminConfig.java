package com.telekpr.admin.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

@ConfigMapping(prefix = "telekpr.admin")
public interface AdminConfig {

    /**
     * The services whose health /stats reports: name → base URL (TELEKPR_ADMIN_SERVICES__ORDER_SERVICE_ etc.;
     * the local stack's ports by default).
     */
    Map<String, String> services();

    /**
     * How long one computation of /stats, /analytics/trends or /analytics/performance answers the same question
     * (the same zone and range): they change only as events are projected, and many dashboards ask at once.
     */
    @WithDefault("2s")
    Duration figuresCache();

    /** How long one reading of the services' health serves /stats, so a busy dashboard does not poll them. */
    @WithDefault("5s")
    Duration healthCacheTtl();

    /** How often the live stream looks for newly projected events (every replica reads the same table). */
    @WithDefault("100ms")
    Duration streamPoll();

    /** How long streamed events are kept for a reconnecting client's Last-Event-ID (at least 10 minutes). */
    @WithDefault("30m")
    Duration streamRetention();

    /** The stream's heartbeat, an event named heartbeat that keeps proxies from closing an idle connection. */
    @WithDefault("15s")
    Duration streamHeartbeat();
}
